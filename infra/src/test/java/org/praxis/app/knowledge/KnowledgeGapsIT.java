package org.praxis.app.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

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

    @Test
    void aCuratorRoutesAGapToTheLikelyExpertsWhoHearOfItOnce() {
        String word = "cryoplanning" + System.nanoTime();
        Api asker = newUser("asker", "READER");
        Api expert = newUser("expert", "CONTRIBUTOR");
        Api colleague = newUser("colleague", "READER");
        Api curator = newUser("curator", "CURATOR");
        expert.put("/api/people/me/skills", Map.of("skills", List.of(word)));
        asker.search(word);
        JsonNode gap = gap(curator.getUntil("/api/search/gaps?size=100", list -> gap(list, word) != null
                && gap(list, word).get("experts").size() > 0), word);
        String route = "/api/search/gaps/" + gap.get("id").asText() + "/route";

        // nobody named: the likely experts with an account are asked
        ResponseEntity<JsonNode> routed = curator.post(route, Map.of());
        assertThat(routed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(routed.getBody().get("asked")).extracting(JsonNode::asText).containsExactly(expert.username());
        JsonNode inbox = expert.getUntil("/api/me/notifications", r -> r.get("unread").asInt() == 1);
        JsonNode notification = inbox.get("notifications").get(0);
        assertThat(notification.get("reason").asText()).isEqualTo("GAP_ROUTED");
        assertThat(notification.get("itemType").asText()).isEqualTo("GAP");
        assertThat(notification.get("itemTitle").asText()).isEqualTo(word);
        assertThat(notification.get("actor").asText()).isEqualTo(curator.username());
        assertThat(notification.get("link").asText()).isEqualTo("/api/search?q=" + word);

        // asking the same expert again is refused and notifies nobody; a named colleague is asked
        assertProblem(curator.post(route, Map.of("experts", List.of(expert.username()))), HttpStatus.CONFLICT,
                "asked");
        assertThat(curator.post(route, Map.of("experts", List.of(expert.username(), colleague.username())))
                .getBody().get("asked")).extracting(JsonNode::asText).containsExactly(colleague.username());
        colleague.getUntil("/api/me/notifications", r -> r.get("unread").asInt() == 1);
        JsonNode listed = gap(curator.getUntil("/api/search/gaps?size=100",
                list -> gap(list, word).get("routedTo").size() == 2), word);
        assertThat(listed.get("routedTo")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(expert.username(), colleague.username());
        assertThat(expert.get("/api/me/notifications").getBody().get("unread").asInt()).isEqualTo(1);

        // refused: an unknown account, oneself, an unknown gap, a reader
        assertProblem(curator.post(route, Map.of("experts", List.of("nobody-" + word))), HttpStatus.BAD_REQUEST,
                "no account");
        assertProblem(curator.post(route, Map.of("experts", List.of(curator.username()))), HttpStatus.BAD_REQUEST,
                "yourself");
        assertProblem(curator.post("/api/search/gaps/gap-unknown/route", Map.of()), HttpStatus.NOT_FOUND, null);
        assertProblem(asker.post(route, Map.of("experts", List.of(expert.username()))), HttpStatus.FORBIDDEN, null);
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
