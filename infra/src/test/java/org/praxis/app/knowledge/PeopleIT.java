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
import static org.praxis.app.support.Responses.created;
import static org.praxis.app.support.Responses.texts;

/** People declare skills, colleagues endorse them, and contributions come from the knowledge base. */
class PeopleIT extends PraxisIT {

    @Test
    void aPersonsProfileShowsSkillsEndorsementsAndContributions() {
        Api alice = newUser("alice", "CONTRIBUTOR");
        Api bob = newUser("bob", "READER");
        String profile = "/api/people/" + alice.username();

        assertThat(alice.put("/api/people/me/skills", Map.of("skills", List.of("Kubernetes", "PostgreSQL")))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(bob.post(profile + "/endorsements", Map.of("skill", "postgresql")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(bob.post(profile + "/endorsements", Map.of("skill", "postgresql")), HttpStatus.CONFLICT,
                "already endorsed");
        assertProblem(bob.post(profile + "/endorsements", Map.of("skill", "cobol")), HttpStatus.CONFLICT,
                "has not declared");
        assertProblem(alice.post(profile + "/endorsements", Map.of("skill", "kubernetes")), HttpStatus.CONFLICT,
                "own skills");
        created(alice.post("/api/practices", Map.of("title", "Vacuum settings", "body", "Tune autovacuum per table.")));
        String lesson = created(alice.post("/api/lessons", Map.of("title", "Bloated table",
                "whatHappened", "A table grew to 400 GB.", "severity", "HIGH")));
        alice.post("/api/lessons/" + lesson + "/insights", Map.of("text", "Autovacuum could not keep up."));

        JsonNode shown = bob.getUntil(profile, p -> p.has("person") && p.get("contributions").get("insightsGiven").asInt() == 1
                && p.get("contributions").get("practicesAuthored").asInt() == 1
                && p.get("person").get("endorsements").size() == 1);
        assertThat(texts(shown.get("person").get("skills"))).containsExactlyInAnyOrder("kubernetes", "postgresql");
        assertThat(shown.get("person").get("endorsements").get(0).get("endorser").asText()).isEqualTo(bob.username());
        assertThat(shown.get("person").get("visibleAsExpert").asBoolean()).isTrue();

        assertThat(alice.put("/api/people/me/expertise", Map.of("visible", false)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(bob.getUntil(profile, p -> p.has("person") && !p.get("person").get("visibleAsExpert").asBoolean())).isNotNull();
        assertProblem(bob.get("/api/people/nobody-at-all"), HttpStatus.NOT_FOUND, null);
    }
}
