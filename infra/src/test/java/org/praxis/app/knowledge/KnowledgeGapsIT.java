package org.praxis.app.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.assertProblem;

/** Searches that find nothing show curators what knowledge is missing, and who could write it. */
class KnowledgeGapsIT extends PraxisIT {

    @Test
    void unansweredSearchesAreListedForCuratorsWithLikelyExperts() {
        String word = "quantumtelemetry" + System.nanoTime();
        String second = "fluxcapacitor" + System.nanoTime();
        Api alice = newUser("alice", "READER");
        Api bob = newUser("bob", "READER");
        Api expert = newUser("expert", "CONTRIBUTOR");
        Api curator = newUser("curator", "CURATOR");
        expert.put("/api/people/me/skills", Map.of("skills", List.of(word)));

        assertThat(alice.search(word + " " + second).get("total").asInt()).isZero();
        alice.search(word.toUpperCase() + "   " + second);
        bob.search(word + " " + second);

        JsonNode gaps = curator.getUntil("/api/search/gaps?size=100", list -> gap(list, word) != null
                && gap(list, word).get("askedTimes").asInt() == 3 && gap(list, word).get("experts").size() > 0);
        JsonNode gap = gap(gaps, word);
        assertThat(gap.get("askers").asInt()).isEqualTo(2);
        assertThat(gap.get("experts").get(0).get("person").get("id").asText()).isEqualTo(expert.username());
        assertProblem(alice.get("/api/search/gaps"), HttpStatus.FORBIDDEN, null);
    }

    private static JsonNode gap(JsonNode gaps, String word) {
        if (!gaps.isArray()) {
            return null;
        }
        for (JsonNode gap : gaps) {
            if (gap.get("query").asText().toLowerCase().contains(word)) {
                return gap;
            }
        }
        return null;
    }
}
