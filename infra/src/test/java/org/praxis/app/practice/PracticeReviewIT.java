package org.praxis.app.practice;

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
import static org.praxis.app.support.Responses.created;
import static org.praxis.app.support.Responses.summaries;
import static org.praxis.app.support.Responses.texts;

/**
 * Review before a published practice changes (issue 20): a colleague's revision waits as a proposal until a
 * curator other than its author approves or rejects it; drafts stay free to edit; every step is in the history
 * and reaches the people it concerns.
 */
class PracticeReviewIT extends PraxisIT {

    @Test
    void aColleaguesRevisionWaitsForASecondCuratorAndThenBecomesTheNextRevision() {
        Api cora = withToken(newUser("cora", "CONTRIBUTOR", "CURATOR"));
        Api carl = withToken(newUser("carl", "CURATOR"));
        Api bob = withToken(newUser("bob", "CONTRIBUTOR"));
        String practice = published(cora, "Rotate API keys " + uniqueWord("t"), "Rotate API keys yearly.");

        ResponseEntity<JsonNode> proposed = bob.put("/api/practices/" + practice, Map.of(
                "body", "Rotate API keys every 90 days.", "rationale", "a leaked key stayed valid for months",
                "expectedRevision", 1));
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(proposed.getHeaders().getLocation()).hasPath("/api/practices/" + practice + "/proposals/1");
        assertThat(proposed.getBody().get("proposal").asInt()).isEqualTo(1);
        assertThat(bob.get("/api/practices/" + practice).getBody().get("body").asText())
                .as("unchanged until approved").isEqualTo("Rotate API keys yearly.");

        JsonNode pending = bob.get("/api/practices/" + practice + "/proposals/1").getBody();
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("author").asText()).isEqualTo(bob.username());
        assertThat(pending.get("diff").get("body").toString()).contains("-Rotate API keys yearly.",
                "+Rotate API keys every 90 days.");
        JsonNode queue = carl.getUntil("/api/proposals", list -> ids(list).contains(practice));
        assertThat(queue.toString()).contains("a leaked key stayed valid for months");
        JsonNode asked = carl.getUntil("/api/me/notifications", inbox -> reasons(inbox).contains("REVIEW_REQUESTED"));
        assertThat(asked.get("notifications").get(0).get("summary").asText()).contains("proposal 1");

        assertProblem(bob.post("/api/practices/" + practice + "/proposals/1/approve", Map.of()),
                HttpStatus.FORBIDDEN, "curators");
        assertProblem(carl.post("/api/practices/" + practice + "/proposals/1/reject", Map.of("reason", " ")),
                HttpStatus.BAD_REQUEST, "reason");
        ResponseEntity<JsonNode> approved = carl.post("/api/practices/" + practice + "/proposals/1/approve", Map.of());
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(approved.getBody().get("revision").asInt()).isEqualTo(2);
        assertProblem(cora.post("/api/practices/" + practice + "/proposals/1/approve", Map.of()),
                HttpStatus.CONFLICT, "already been decided");

        JsonNode revised = bob.get("/api/practices/" + practice).getBody();
        assertThat(revised.get("revision").asInt()).isEqualTo(2);
        assertThat(revised.get("body").asText()).isEqualTo("Rotate API keys every 90 days.");
        assertProblem(bob.post("/api/practices/" + practice + "/endorse", Map.of()), HttpStatus.CONFLICT,
                "nobody endorses a practice they wrote");
        assertThat(summaries(bob.get("/api/practices/" + practice + "/history").getBody())).anySatisfy(line ->
                assertThat(line).contains("proposed a revision of revision 1 (proposal 1)",
                        "because a leaked key stayed valid for months"))
                .anySatisfy(line -> assertThat(line).contains("approved proposal 1 by " + bob.username(),
                        "it becomes revision 2"))
                .anySatisfy(line -> assertThat(line).contains("revised to revision 2"));
        bob.getUntil("/api/me/notifications", inbox -> reasons(inbox).contains("PROPOSAL_APPROVED"));
        carl.getUntil("/api/proposals", list -> !ids(list).contains(practice));
    }

    @Test
    void aRejectionSaysWhyAndAnOutdatedProposalIsNeverApprovedOverANewerRevision() {
        Api cora = withToken(newUser("cora", "CONTRIBUTOR", "CURATOR"));
        Api carl = withToken(newUser("carl", "CURATOR"));
        Api bob = withToken(newUser("bob", "CONTRIBUTOR"));
        String practice = published(cora, "Review pull requests " + uniqueWord("t"), "Within a day.");
        String path = "/api/practices/" + practice;
        bob.put(path, Map.of("body", "Within two days.", "rationale", "too strict", "expectedRevision", 1));
        bob.put(path, Map.of("body", "Within four hours.", "rationale", "faster feedback", "expectedRevision", 1));

        assertThat(carl.post(path + "/proposals/1/reject", Map.of("reason", "slower reviews let bugs through"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode rejected = bob.get(path + "/proposals/1").getBody();
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText()).isEqualTo("slower reviews let bugs through");
        assertThat(rejected.get("decidedBy").asText()).isEqualTo(carl.username());
        bob.getUntil("/api/me/notifications", inbox -> reasons(inbox).contains("PROPOSAL_REJECTED"));
        cora.getUntil("/api/me/notifications", inbox -> reasons(inbox).contains("PROPOSAL_REJECTED"));

        assertThat(cora.put(path, Map.of("body", "Within one working day.", "rationale", "clearer",
                "expectedRevision", 1)).getStatusCode()).as("a curator revises at once").isEqualTo(HttpStatus.OK);
        assertProblem(carl.post(path + "/proposals/2/approve", Map.of()), HttpStatus.CONFLICT,
                "written against revision 1, but the practice is at revision 2");
        assertThat(bob.get(path).getBody().get("body").asText()).isEqualTo("Within one working day.");
        assertThat(bob.get(path + "/proposals").getBody()).extracting(p -> p.get("status").asText())
                .containsExactly("REJECTED", "PENDING");
        assertProblem(carl.post(path + "/proposals/9/approve", Map.of()), HttpStatus.BAD_REQUEST, "no proposal 9");
        assertProblem(bob.get(path + "/proposals/9"), HttpStatus.NOT_FOUND, null);
    }

    @Test
    void nobodyApprovesTheirOwnProposalEvenAfterBecomingACurator() {
        Api cora = withToken(newUser("cora", "CONTRIBUTOR", "CURATOR"));
        Api bob = withToken(newUser("bob", "CONTRIBUTOR"));
        String practice = published(cora, "Pair on deploys " + uniqueWord("t"), "Deploy in pairs.");
        bob.put("/api/practices/" + practice, Map.of("body", "Deploy in pairs, also at night.",
                "rationale", "the night deploy failed", "expectedRevision", 1));

        admin().put("/api/admin/users/" + bob.username(), Map.of("roles", List.of("CONTRIBUTOR", "CURATOR"),
                "groups", List.of()));
        assertProblem(bob.post("/api/practices/" + practice + "/proposals/1/approve", Map.of()),
                HttpStatus.CONFLICT, "their own proposal");
        assertThat(bob.get("/api/practices/" + practice).getBody().get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void aDraftStaysFreeToEdit() {
        Api ann = withToken(newUser("ann", "CONTRIBUTOR"));
        Api bob = withToken(newUser("bob", "CONTRIBUTOR"));
        String practice = created(ann.post("/api/practices", Map.of("title", "Label cables", "body", "Both ends.")));

        ResponseEntity<JsonNode> revised = bob.put("/api/practices/" + practice, Map.of("body",
                "Both ends, with the rack number.", "rationale", "find them faster", "expectedRevision", 1));

        assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revised.getBody().get("revision").asInt()).isEqualTo(2);
        assertThat(bob.get("/api/practices/" + practice + "/proposals").getBody()).isEmpty();
    }

    private static String published(Api curator, String title, String body) {
        String id = created(curator.post("/api/practices", Map.of("title", title, "body", body)));
        assertThat(curator.post("/api/practices/" + id + "/publish", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return id;
    }

    private static List<String> ids(JsonNode queue) {
        return texts(queue, "practiceId");
    }

    private static List<String> reasons(JsonNode inbox) {
        return texts(inbox.get("notifications"), "reason");
    }
}
