package org.praxis.query.expertise;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.JsonNode;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;
import org.praxis.query.person.PersonEntry;
import org.praxis.query.search.Evidence;
import org.praxis.query.search.SearchService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who knows about a topic, found from the knowledge base (document-centric, after Balog's model 2):
 * the items that best match the topic each lend their relevance to the people who made them, weighted
 * by their part (author, reviser, insight giver, endorser) and by how recent the item is. Declared
 * skills and colleagues' endorsements of them add to it. Only items the asker may see count, and
 * people who opted out of expert search never appear.
 */
public class ExpertSearch {

    static final int EVIDENCE_DEPTH = 100;
    static final Duration HALF_LIFE = Duration.ofDays(365);
    static final double SKILL_WEIGHT = 0.5;
    static final double SKILL_ENDORSEMENT_WEIGHT = 0.1;
    private static final int MAX_EVIDENCE_SHOWN = 5;

    enum Role {
        AUTHOR(1.0), REVISER(0.7), INSIGHT(0.6), ENDORSER(0.3);

        final double weight;

        Role(double weight) {
            this.weight = weight;
        }
    }

    private final SearchService search;
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final Clock clock;

    public ExpertSearch(SearchService search, ElasticsearchClient client, IndexNames names, Clock clock) {
        this.search = search;
        this.client = client;
        this.names = names;
        this.clock = clock;
    }

    public List<Expert> find(String topic, int size, Viewer viewer) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("q is required: what topic are you looking for an expert on?");
        }
        if (size < 1 || size > 50) {
            throw new IllegalArgumentException("size must be between 1 and 50");
        }
        Instant now = clock.instant();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        List<Evidence> items = search.evidence(topic, viewer, EVIDENCE_DEPTH);
        double best = items.stream().mapToDouble(Evidence::score).max().orElse(1);
        for (Evidence item : items) {
            double relevance = item.score() / best * recency(item.updatedAt(), now);
            for (Map.Entry<String, Role> contribution : contributors(item).entrySet()) {
                candidates.computeIfAbsent(contribution.getKey(), Candidate::new)
                        .add(item, contribution.getValue(), relevance);
            }
        }
        Set<String> topicWords = words(topic);
        withDeclaredSkills(topicWords).forEach(id -> candidates.computeIfAbsent(id, Candidate::new));
        Map<String, PersonEntry> people = people(candidates.keySet());
        return candidates.values().stream()
                .filter(candidate -> people.containsKey(candidate.id) && people.get(candidate.id).visibleAsExpert())
                .map(candidate -> candidate.expert(people.get(candidate.id), topicWords))
                .sorted(Comparator.comparingDouble(Expert::score).reversed())
                .limit(size)
                .toList();
    }

    /** Each person's strongest part in the item: the author of a revised practice counts as its author. */
    private static Map<String, Role> contributors(Evidence item) {
        Map<String, Role> roles = new HashMap<>();
        for (String endorser : values(item.fields().get("endorsers"))) {
            roles.put(endorser, Role.ENDORSER);
        }
        for (String insightGiver : values(item.fields().get("insightAuthors"))) {
            roles.put(insightGiver, Role.INSIGHT);
        }
        for (String reviser : values(item.fields().get("revisers"))) {
            roles.put(reviser, Role.REVISER);
        }
        for (String field : List.of("owner", "author")) {
            JsonNode author = item.fields().get(field);
            if (author != null && !author.isNull()) {
                roles.put(author.asText(), Role.AUTHOR);
            }
        }
        roles.keySet().removeIf(id -> id.startsWith("system:"));
        return roles;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
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
                            .query(q -> q.terms(t -> t.field("skills").terms(v -> v.value(skills))))
                            .source(source -> source.fetch(false)), PersonEntry.class)
                    .hits().hits().stream().map(hit -> hit.id()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, PersonEntry> people(Set<String> ids) {
        Map<String, PersonEntry> people = new HashMap<>();
        if (ids.isEmpty()) {
            return people;
        }
        try {
            MgetResponse<PersonEntry> response = client.mget(m -> m.index(names.alias(IndexNames.PEOPLE))
                    .ids(List.copyOf(ids)), PersonEntry.class);
            for (MultiGetResponseItem<PersonEntry> item : response.docs()) {
                if (item.isResult() && item.result().found()) {
                    people.put(item.result().id(), item.result().source());
                }
            }
            return people;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> words(String topic) {
        Set<String> words = new TreeSet<>();
        for (String word : topic.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    /** One person's evidence while it is collected. */
    private static final class Candidate {

        private final String id;
        private double score;
        private final List<Expert.EvidenceItem> evidence = new ArrayList<>();
        private final Map<Role, Integer> parts = new LinkedHashMap<>();

        Candidate(String id) {
            this.id = id;
        }

        void add(Evidence item, Role role, double relevance) {
            score += relevance * role.weight;
            parts.merge(role, 1, Integer::sum);
            evidence.add(new Expert.EvidenceItem(item.type(), item.id(), item.title(), role.name().toLowerCase(Locale.ROOT),
                    item.updatedAt()));
        }

        Expert expert(PersonEntry person, Set<String> topicWords) {
            List<String> reasons = new ArrayList<>();
            parts.forEach((role, count) -> reasons.add(describe(role, count)));
            double total = score;
            for (String skill : person.skills()) {
                if (topicWords.contains(skill) || topicWords.containsAll(words(skill))) {
                    long endorsements = person.endorsements().stream().filter(e -> e.skill().equals(skill)).count();
                    total += SKILL_WEIGHT + SKILL_ENDORSEMENT_WEIGHT * endorsements;
                    reasons.add("declared the skill '" + skill + "'" + (endorsements == 0 ? ""
                            : ", endorsed by " + endorsements + (endorsements == 1 ? " colleague" : " colleagues")));
                }
            }
            return new Expert(new Expert.Person(person.id(), person.name()), total,
                    evidence.stream().limit(MAX_EVIDENCE_SHOWN).toList(), String.join("; ", reasons));
        }

        private static String describe(Role role, int count) {
            String items = count == 1 ? "1 matching item" : count + " matching items";
            return switch (role) {
                case AUTHOR -> "author of " + items;
                case REVISER -> "revised " + items;
                case INSIGHT -> "gave insights on " + items;
                case ENDORSER -> "endorsed " + items;
            };
        }
    }
}
