package org.praxis.query.expertise;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;
import org.praxis.query.person.PersonEntry;
import org.praxis.query.search.Evidence;
import org.praxis.query.search.EvidenceSearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.praxis.query.ItemFields.SKILLS;

/**
 * Who knows about a topic, found from the knowledge base (document-centric, after Balog, Azzopardi and de Rijke,
 * "Formal models for expert finding in enterprise corpora", SIGIR 2006, model 2): the items that best match the
 * topic, ranked as search ranks them (by words and meaning), each vote for the people who made them, weighted by
 * their part ({@link Role}) and by how recent the item is. The item at rank {@code n} votes
 * {@code (RANK_OFFSET + 1) / (RANK_OFFSET + n)} — a reciprocal-rank vote (Macdonald and Ounis, "Voting for
 * candidates", CIKM 2006) with the rank offset of reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR
 * 2009) — halved for every year since it last changed: the best item votes 1, the tenth 0.4, the hundredth 0.06, so
 * a few items that match well outweigh many that match a word or two. The writers of an item share its vote, each
 * getting {@code 1 / sqrt(writers)} of it (a document-candidate association normalised by the number of candidates,
 * softened: Balog, Azzopardi and de Rijke, 2006, section 4; the square root was best on every development
 * collection, ADR 17). Uploading counts once, for the best upload:
 * an importer of a thousand files is not the author of any of them. Declared skills and colleagues'
 * endorsements of them add to it. The people are the registered ones and the ones known from documents
 * ({@link Identities}); only items the asker may see count, and people who opted out never appear.
 */
public class ExpertSearch {

    static final int EVIDENCE_DEPTH = 100;
    static final Duration HALF_LIFE = Duration.ofDays(365);
    /**
     * How fast votes fall with rank (see the class comment); 5 gave the best mean MRR over the development
     * collections' expert evaluation among 2 to 60 (ADR 17).
     */
    static final int RANK_OFFSET = 5;
    static final double SKILL_WEIGHT = 0.5;
    static final double SKILL_ENDORSEMENT_WEIGHT = 0.1;

    /** A person's part in an item, strongest first, and what it counts for. */
    enum Role {
        WROTE(1.0, "wrote"), REVISED(0.7, "revised"), GAVE_INSIGHT(0.6, "gave insights on"),
        ENDORSED(0.3, "endorsed"), UPLOADED(0.1, "uploaded");

        final double weight;
        final String verb;

        Role(double weight, String verb) {
            this.weight = weight;
            this.verb = verb;
        }
    }

    private final EvidenceSearch search;
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final Clock clock;

    public ExpertSearch(EvidenceSearch search, ElasticsearchClient client, IndexNames names, Clock clock) {
        this.search = search;
        this.client = client;
        this.names = names;
        this.clock = clock;
    }

    /**
     * The {@code size} people (1 to 50) who know most about the topic, judged by the items with {@code tag} (all
     * items when null), best first, each with their strongest evidence and a one-line explanation.
     *
     * @throws IllegalArgumentException for a blank topic or a size out of range
     */
    public List<Expert> find(String topic, String tag, int size, Viewer viewer) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("q is required: what topic are you looking for an expert on?");
        }
        if (size < 1 || size > 50) {
            throw new IllegalArgumentException("size must be between 1 and 50");
        }
        Instant now = clock.instant();
        List<Evidence> items = search.evidence(topic, tag, viewer, EVIDENCE_DEPTH);
        Set<String> topicWords = words(topic);
        List<String> skilled = withDeclaredSkills(topicWords);
        List<List<Contribution>> contributions = items.stream().map(Contribution::of).toList();
        Set<String> usernames = new HashSet<>(skilled);
        Set<String> writtenNames = new HashSet<>();
        contributions.forEach(parts -> parts.forEach(c -> (c.written() ? writtenNames : usernames).add(c.who())));
        Identities identities = Identities.of(usernames, writtenNames, client, names);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Evidence item = items.get(i);
            double vote = (RANK_OFFSET + 1.0) / (RANK_OFFSET + item.rank()) * recency(item.updatedAt(), now);
            Map<String, Role> parts = new HashMap<>();
            for (Contribution contribution : contributions.get(i)) {
                Optional<Identities.Identity> person = contribution.written() ? identities.ofName(contribution.who())
                        : identities.ofUsername(contribution.who());
                person.ifPresent(found -> {
                    candidates.computeIfAbsent(found.id(), id -> new Candidate(found));
                    parts.merge(found.id(), contribution.role(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                });
            }
            long writers = parts.values().stream().filter(role -> role == Role.WROTE).count();
            parts.forEach((id, role) -> candidates.get(id).add(item, role, share(vote, role, writers)));
        }
        skilled.forEach(username -> identities.ofUsername(username)
                .ifPresent(person -> candidates.computeIfAbsent(person.id(), id -> new Candidate(person))));
        return candidates.values().stream()
                .filter(candidate -> candidate.person().visibleAsExpert())
                .map(candidate -> candidate.expert(topicWords))
                .sorted(Comparator.comparingDouble(Expert::score).reversed())
                .limit(size)
                .toList();
    }

    /** A person's share of an item's vote: writers share theirs ({@code 1 / sqrt(writers)} each), others keep it. */
    static double share(double vote, Role role, long writers) {
        return role == Role.WROTE && writers > 1 ? vote / Math.sqrt(writers) : vote;
    }

    private static double recency(Instant updatedAt, Instant now) {
        double age = Math.max(0, Duration.between(updatedAt, now).toDays());
        return Math.pow(0.5, age / HALF_LIFE.toDays());
    }

    /** People who declared one of the topic's words as a skill, whether or not anything shows it yet. */
    private List<String> withDeclaredSkills(Set<String> topicWords) {
        List<FieldValue> skills = topicWords.stream().map(FieldValue::of).toList();
        try {
            return client.search(s -> s.index(names.alias(IndexNames.PEOPLE)).size(EVIDENCE_DEPTH)
                            .query(q -> q.terms(t -> t.field(SKILLS).terms(v -> v.value(skills))))
                            .source(source -> source.fetch(false)), PersonEntry.class)
                    .hits().hits().stream().map(hit -> hit.id()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> words(String topic) {
        Set<String> words = new TreeSet<>();
        for (String word : topic.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }
}
