package org.praxis.query.practice;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;
import org.praxis.query.search.Ranking;
import org.praxis.query.search.SearchQuery;
import org.praxis.query.semantic.ReciprocalRankFusion;
import org.praxis.query.semantic.SemanticRanking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.praxis.query.ItemFields.BODY;
import static org.praxis.query.ItemFields.READERS;
import static org.praxis.query.ItemFields.STATUS;

/**
 * Best-practice search over published practices, found by their words and by their meaning: the practices
 * the words match (ranked as {@link Ranking} ranks every search) and the practices closest in meaning to
 * the question ({@link SemanticRanking}: a practice written in another industry's words is found too) are
 * fused by reciprocal rank. That relevance is multiplied by how much colleagues endorse a practice
 * (ln(2 + endorsements)), by whether a curator's verification is current ({@value #VERIFIED_WEIGHT}) or
 * has run out ({@value #EXPIRED_WEIGHT}), and by coming from the asker's industry ({@value #SAME_INDUSTRY_WEIGHT}).
 * Practices from other industries are labelled as such; deprecated ones are found only when asked for,
 * labelled with their successor. Both searches run inside the same filter: what the asker may see.
 */
public class PracticeSearch {

    static final double VERIFIED_WEIGHT = 1.2;
    static final double EXPIRED_WEIGHT = 0.8;
    static final double SAME_INDUSTRY_WEIGHT = 1.3;
    /** How many practices each search proposes before they are fused and weighed. */
    static final int CANDIDATES = 50;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final Clock clock;
    private final Ranking ranking;
    private final SemanticRanking semantic;

    /** @param semantic search by meaning, or null to find practices by their words alone */
    public PracticeSearch(ElasticsearchClient client, IndexNames names, Clock clock, SemanticRanking semantic) {
        this.client = client;
        this.names = names;
        this.clock = clock;
        this.ranking = new Ranking(client, names);
        this.semantic = semantic;
    }

    public List<PracticeHit> search(String text, String industry, boolean includeDeprecated, int size, Viewer viewer) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("q is required: what should the practice be about?");
        }
        if (size < 1 || size > 50) {
            throw new IllegalArgumentException("size must be between 1 and 50");
        }
        Instant now = clock.instant();
        Query findable = findable(includeDeprecated, viewer);
        List<String> index = List.of(names.alias(IndexNames.PRACTICES));
        try {
            Ranking.Ranked words = ranking.query(text, index, findable);
            SearchResponse<PracticeEntry> matched = client.search(s -> s.index(index).size(CANDIDATES)
                    .query(words.query())
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .highlightQuery(words.highlight())
                            .fields(BODY, f -> f.fragmentSize(160).numberOfFragments(2))), PracticeEntry.class);
            List<String> byWords = matched.hits().hits().stream().map(Hit::id).toList();
            Map<String, Hit<PracticeEntry>> byId = new HashMap<>();
            matched.hits().hits().forEach(hit -> byId.put(hit.id(), hit));
            List<String> byMeaning = byMeaning(text, findable, index);
            List<String> missing = byMeaning.stream().filter(id -> !byId.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                client.search(s -> s.index(index).size(missing.size()).query(q -> q.ids(i -> i.values(missing))),
                        PracticeEntry.class).hits().hits().forEach(hit -> byId.put(hit.id(), hit));
            }
            List<String> fused = ReciprocalRankFusion.fuse(List.of(byWords, byMeaning));
            Map<String, Double> relevance = new HashMap<>();
            for (int rank = 1; rank <= fused.size(); rank++) {
                relevance.put(fused.get(rank - 1), 1.0 / (ReciprocalRankFusion.K + rank));
            }
            return fused.stream().filter(byId::containsKey)
                    .map(id -> hit(byId.get(id), relevance.get(id) * weight(byId.get(id).source(), industry, now),
                            byWords.contains(id), industry, now))
                    .sorted(Comparator.comparingDouble(PracticeHit::score).reversed())
                    .limit(size).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The practices the viewer may see and find: published (or deprecated, when asked for), never drafts. */
    private static Query findable(boolean includeDeprecated, Viewer viewer) {
        List<FieldValue> principals = viewer.principals().stream().map(FieldValue::of).toList();
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.terms(t -> t.field(READERS).terms(v -> v.value(principals))));
            b.mustNot(m -> m.term(t -> t.field(STATUS).value("DRAFT")));
            if (!includeDeprecated) {
                b.mustNot(m -> m.term(t -> t.field(STATUS).value("DEPRECATED")));
            }
            return b;
        }));
    }

    /** The findable practices closest in meaning to the question; none when search by meaning is off. */
    private List<String> byMeaning(String text, Query findable, List<String> index) throws IOException {
        if (semantic == null) {
            return List.of();
        }
        List<String> visible = client.search(s -> s.index(index).size(SearchQuery.MAX_RESULT_WINDOW).query(findable)
                .source(source -> source.fetch(false)), Void.class).hits().hits().stream().map(Hit::id).toList();
        return semantic.closest(semantic.embed(text), visible, CANDIDATES);
    }

    /** ln(2 + endorsements) × verification × industry, as the class comment says. */
    private static double weight(PracticeEntry practice, String industry, Instant now) {
        double weight = Math.log(2 + practice.endorsements());
        if (practice.verifiedUntil() != null) {
            weight *= practice.verificationExpired(now) ? EXPIRED_WEIGHT : VERIFIED_WEIGHT;
        }
        if (industry != null && !industry.isBlank() && industry.equalsIgnoreCase(practice.industry())) {
            weight *= SAME_INDUSTRY_WEIGHT;
        }
        return weight;
    }

    private static PracticeHit hit(Hit<PracticeEntry> hit, double score, boolean byWords, String industry,
                                   Instant now) {
        PracticeEntry practice = hit.source();
        boolean otherIndustry = industry != null && !industry.isBlank() && practice.industry() != null
                && !practice.industry().equalsIgnoreCase(industry);
        boolean expired = practice.verificationExpired(now);
        return new PracticeHit(practice.id(), practice.title(), practice.status().name(), practice.revision(),
                practice.tags(), practice.industry(), otherIndustry, practice.endorsements(), practice.verifiedUntil(),
                expired, practice.supersededBy(), score, hit.highlight().getOrDefault(BODY, List.of()),
                explanation(practice, byWords, otherIndustry, expired, industry));
    }

    private static String explanation(PracticeEntry practice, boolean byWords, boolean otherIndustry, boolean expired,
                                      String industry) {
        List<String> reasons = new ArrayList<>();
        reasons.add(byWords ? "matches your words" : "close in meaning to your words");
        reasons.add(practice.endorsements() == 0 ? "not endorsed yet"
                : "endorsed by " + practice.endorsements() + (practice.endorsements() == 1 ? " colleague" : " colleagues"));
        if (practice.verifiedUntil() == null) {
            reasons.add("never verified");
        } else if (expired) {
            reasons.add("verification expired on " + practice.verifiedUntil().toString().substring(0, 10) + " (ranked lower)");
        } else {
            reasons.add("verified until " + practice.verifiedUntil().toString().substring(0, 10));
        }
        if (otherIndustry) {
            reasons.add("from another industry (" + practice.industry() + ")");
        } else if (industry != null && Objects.equals(practice.industry() == null ? null
                : practice.industry().toLowerCase(Locale.ROOT), industry.toLowerCase(Locale.ROOT))) {
            reasons.add("from your industry");
        }
        if (practice.status() == PracticeStatus.DEPRECATED) {
            reasons.add("deprecated" + (practice.supersededBy() == null ? "" : ", superseded by " + practice.supersededBy()));
        }
        return String.join("; ", reasons);
    }
}
