package org.praxis.query.practice;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Best-practice search over published practices: text relevance, multiplied by how much colleagues
 * endorse a practice (ln(2 + endorsements)), by
 * whether a curator's verification is current (higher) or has run out (lower), and by coming from
 * the asker's industry. Practices from other industries are still found, labelled as such;
 * deprecated ones only when asked for, labelled with their successor.
 */
public class PracticeSearch {

    static final double VERIFIED_WEIGHT = 1.2;
    static final double EXPIRED_WEIGHT = 0.8;
    static final double SAME_INDUSTRY_WEIGHT = 1.3;
    private static final List<String> FIELDS = List.of("title^2", "body", "tags");

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final Clock clock;

    public PracticeSearch(ElasticsearchClient client, IndexNames names, Clock clock) {
        this.client = client;
        this.names = names;
        this.clock = clock;
    }

    public List<PracticeHit> search(String text, String industry, boolean includeDeprecated, int size, Viewer viewer) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("q is required: what should the practice be about?");
        }
        if (size < 1 || size > 50) {
            throw new IllegalArgumentException("size must be between 1 and 50");
        }
        Instant now = clock.instant();
        List<FieldValue> principals = viewer.principals().stream().map(FieldValue::of).toList();
        try {
            SearchResponse<PracticeEntry> response = client.search(s -> s
                    .index(names.alias(IndexNames.PRACTICES))
                    .size(size)
                    .query(q -> q.functionScore(fs -> {
                        fs.query(inner -> inner.bool(b -> {
                            b.must(m -> m.simpleQueryString(sq -> sq.query(text).fields(FIELDS)
                                    .defaultOperator(Operator.Or).lenient(true)));
                            b.filter(f -> f.terms(t -> t.field("readers").terms(v -> v.value(principals))));
                            if (!includeDeprecated) {
                                b.mustNot(m -> m.term(t -> t.field("status").value("DEPRECATED")));
                            }
                            b.mustNot(m -> m.term(t -> t.field("status").value("DRAFT")));
                            return b;
                        }));
                        fs.functions(f -> f.fieldValueFactor(v -> v.field("endorsements")
                                .modifier(FieldValueFactorModifier.Ln2p).missing(0.0)));
                        fs.functions(f -> f.filter(v -> v.range(r -> r.date(d -> d.field("verifiedUntil")
                                .gte(now.toString())))).weight(VERIFIED_WEIGHT));
                        fs.functions(f -> f.filter(v -> v.range(r -> r.date(d -> d.field("verifiedUntil")
                                .lt(now.toString())))).weight(EXPIRED_WEIGHT));
                        if (industry != null && !industry.isBlank()) {
                            fs.functions(f -> f.filter(v -> v.term(t -> t.field("industry").value(industry)))
                                    .weight(SAME_INDUSTRY_WEIGHT));
                        }
                        return fs.scoreMode(FunctionScoreMode.Multiply).boostMode(FunctionBoostMode.Multiply);
                    }))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields("body", f -> f.fragmentSize(160).numberOfFragments(2))), PracticeEntry.class);
            List<PracticeHit> hits = new ArrayList<>();
            for (Hit<PracticeEntry> hit : response.hits().hits()) {
                hits.add(hit(hit, industry, now));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PracticeHit hit(Hit<PracticeEntry> hit, String industry, Instant now) {
        PracticeEntry practice = hit.source();
        boolean otherIndustry = industry != null && !industry.isBlank() && practice.industry() != null
                && !practice.industry().equalsIgnoreCase(industry);
        boolean expired = practice.verificationExpired(now);
        return new PracticeHit(practice.id(), practice.title(), practice.status().name(), practice.revision(),
                practice.tags(), practice.industry(), otherIndustry, practice.endorsements(), practice.verifiedUntil(),
                expired, practice.supersededBy(), hit.score() == null ? 0 : hit.score(),
                hit.highlight().getOrDefault("body", List.of()), explanation(practice, otherIndustry, expired, industry));
    }

    private static String explanation(PracticeEntry practice, boolean otherIndustry, boolean expired, String industry) {
        List<String> reasons = new ArrayList<>();
        reasons.add("matches your words");
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
