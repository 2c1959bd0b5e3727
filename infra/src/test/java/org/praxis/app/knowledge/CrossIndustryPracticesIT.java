package org.praxis.app.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Learning across industries: ten remedies, each written down by two industries in their own words
 * ({@code cross-industry-practices.tsv}: a pre-flight checklist and a surgical time-out, a nursing
 * handover and an on-call handoff, …), each practice saying what problem it prevents, as practices do.
 * Asked about one industry's problem in that industry's words, best-practice search finds the other
 * industry's practice on its first page, labelled as coming from another industry: the two share
 * hardly a word, only their meaning.
 */
class CrossIndustryPracticesIT extends PraxisIT {

    /** The first page of results, as the practices page shows it. */
    private static final int TOP = 10;

    record Practice(String pair, String industry, String title, String body, String problem) {
    }

    @Test
    void aProblemInOneIndustrysWordsFindsTheRemedyAnotherIndustryWroteDown() throws IOException {
        Api author = newUser("author", "CONTRIBUTOR");
        Api curator = newUser("curator", "CURATOR");
        Api asker = withToken(newUser("asker", "READER"));
        Map<String, List<Practice>> pairs = new LinkedHashMap<>();
        Map<Practice, String> ids = new LinkedHashMap<>();
        for (Practice practice : practices()) {
            String id = author.post("/api/practices", Map.of("title", practice.title(), "body", practice.body(),
                    "industry", practice.industry())).getBody().get("id").asText();
            curator.post("/api/practices/" + id + "/publish", Map.of());
            ids.put(practice, id);
            pairs.computeIfAbsent(practice.pair(), pair -> new ArrayList<>()).add(practice);
        }
        assertThat(pairs).hasSize(10).allSatisfy((pair, both) -> assertThat(both).hasSize(2));

        for (List<Practice> both : pairs.values()) {
            for (int asking = 0; asking < 2; asking++) {
                Practice problem = both.get(asking);
                Practice remedy = both.get(1 - asking);
                JsonNode hit = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> hit(asker, problem, ids.get(remedy)), found -> found != null);
                assertThat(hit.get("fromAnotherIndustry").asBoolean()).as(remedy.title()).isTrue();
            }
        }
    }

    /** The remedy among the top results for the problem, asked in the problem's industry; null if absent. */
    private static JsonNode hit(Api asker, Practice problem, String remedyId) {
        JsonNode results = asker.get("/api/practices/search?q={q}&industry={i}&size=" + TOP, problem.problem(),
                problem.industry()).getBody();
        for (JsonNode hit : results) {
            if (hit.get("id").asText().equals(remedyId)) {
                return hit;
            }
        }
        return null;
    }

    private static List<Practice> practices() throws IOException {
        try (InputStream in = CrossIndustryPracticesIT.class.getResourceAsStream("/cross-industry-practices.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(line -> line.split("\t"))
                    .map(cells -> new Practice(cells[0], cells[1], cells[2], cells[3], cells[4])).toList();
        }
    }
}
