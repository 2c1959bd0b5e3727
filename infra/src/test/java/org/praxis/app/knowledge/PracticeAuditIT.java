package org.praxis.app.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.assertProblem;
import static org.praxis.app.support.Responses.created;
import static org.praxis.app.support.Responses.summaries;
import static org.praxis.app.support.Responses.texts;

/**
 * An auditor asks how a real public guideline changed: OWASP's password-storage recommendation,
 * whose PBKDF2 iteration count went from 10,000 to 310,000 to 600,000 before Argon2id was put first.
 */
class PracticeAuditIT extends PraxisIT {

    private static final String PBKDF2_10K = """
            Store passwords with PBKDF2-HMAC-SHA256 and at least 10,000 iterations.
            Use a unique random salt of at least 16 bytes per password.
            Never store passwords reversibly encrypted.""";
    private static final String PBKDF2_310K = PBKDF2_10K.replace("at least 10,000 iterations", "310,000 iterations");
    private static final String PBKDF2_600K = PBKDF2_10K.replace("at least 10,000 iterations", "600,000 iterations");
    private static final String ARGON2ID_FIRST = """
            Store passwords with Argon2id (19 MiB of memory, 2 iterations, 1 degree of parallelism).
            Where FIPS-140 compliance is required, use PBKDF2-HMAC-SHA256 with 600,000 iterations.
            Use a unique random salt of at least 16 bytes per password.
            Never store passwords reversibly encrypted.""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuditorSeesWhatThePracticeSaidOnAnyDateAndWhatEachRevisionChanged() {
        Api author = newUser("security-lead", "CONTRIBUTOR");
        Api auditor = newUser("auditor", "AUDITOR");
        String id = created(author.post("/api/practices", Map.of("title", "Password storage", "body", PBKDF2_10K,
                "tags", List.of("security", "passwords"), "industry", "software")));
        revise(author, id, 1, PBKDF2_310K, "OWASP raised the PBKDF2 iteration count to 310,000 (2021)");
        revise(author, id, 2, PBKDF2_600K, "OWASP raised the PBKDF2 iteration count to 600,000 (2023)");
        revise(author, id, 3, ARGON2ID_FIRST, "Argon2id resists GPU cracking better; PBKDF2 only for FIPS-140");

        JsonNode history = author.get("/api/practices/" + id + "/history").getBody();
        assertThat(history).hasSize(4);
        List<Instant> at = new ArrayList<>();
        history.forEach(event -> at.add(Instant.parse(event.get("at").asText())));
        assertThat(summaries(history).get(1)).isEqualTo("revised to revision 2: "
                + "'Store passwords with PBKDF2-HMAC-SHA256 and at least 10,000 iterations.' → "
                + "'Store passwords with PBKDF2-HMAC-SHA256 and 310,000 iterations.' "
                + "because OWASP raised the PBKDF2 iteration count to 310,000 (2021)");
        assertThat(history.get(3).get("actor").asText()).isEqualTo(author.username());

        assertThat(bodyAsOf(auditor, id, between(at.get(0), at.get(1)))).isEqualTo(PBKDF2_10K);
        assertThat(bodyAsOf(auditor, id, between(at.get(1), at.get(2)))).isEqualTo(PBKDF2_310K);
        assertThat(bodyAsOf(auditor, id, between(at.get(2), at.get(3)))).isEqualTo(PBKDF2_600K);
        assertThat(bodyAsOf(auditor, id, at.get(3).plusSeconds(1))).isEqualTo(ARGON2ID_FIRST);
        assertThat(auditor.get("/api/practices/{id}?asOf={t}", id, between(at.get(1), at.get(2))).getBody()
                .get("revision").asInt()).isEqualTo(2);
        assertProblem(auditor.get("/api/practices/{id}?asOf={t}", id, at.get(0).minus(Duration.ofDays(1)).toString()),
                HttpStatus.NOT_FOUND, "drafted later");

        JsonNode diff = auditor.get("/api/practices/{id}/diff?from=2&to=3", id).getBody();
        assertThat(diff.get("from").asInt()).isEqualTo(2);
        assertThat(texts(diff.get("body"))).contains(
                "-Store passwords with PBKDF2-HMAC-SHA256 and 310,000 iterations.",
                "+Store passwords with PBKDF2-HMAC-SHA256 and 600,000 iterations.",
                " Use a unique random salt of at least 16 bytes per password.");
        assertThat(texts(diff.get("fields"), "field")).containsExactly("body");
        assertProblem(auditor.get("/api/practices/{id}/diff?from=3&to=2", id), HttpStatus.BAD_REQUEST, "after");
        assertProblem(auditor.get("/api/practices/{id}/diff?from=1&to=9", id), HttpStatus.NOT_FOUND, null);

        JsonNode trail = auditor.get("/api/audit/events?type=PracticeRevised&actor={actor}", author.username())
                .getBody();
        assertThat(trail).hasSize(3);
        trail.forEach(event -> assertThat(event.get("aggregateId").asText()).isEqualTo(id));
        JsonNode sinceTheSecondRevision = auditor.get("/api/audit/events?actor={actor}&from={from}",
                author.username(), at.get(2).toString()).getBody();
        assertThat(sinceTheSecondRevision).hasSize(2);
        ResponseEntity<String> csv = auditor.text("/api/audit/events?actor={actor}&format=csv", author.username());
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> rows = csv.getBody().lines().toList();
        assertThat(rows.get(0)).isEqualTo("position,aggregate_id,sequence,type,at,actor,summary");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(2)).contains("PracticeRevised", author.username(),
                "\"revised to revision 2 because OWASP raised the PBKDF2 iteration count to 310,000 (2021)\"");

        assertProblem(author.get("/api/audit/events"), HttpStatus.FORBIDDEN, null);
        assertProblem(auditor.get("/api/audit/events?from={f}&to={t}", at.get(2).toString(), at.get(1).toString()),
                HttpStatus.BAD_REQUEST, "before");
    }

    @Test
    void ofTwoConcurrentRevisionsOfTheSameRevisionOneWinsAndTheOtherIsTold() {
        Api alice = newUser("alice", "CONTRIBUTOR");
        Api bob = newUser("bob", "CONTRIBUTOR");
        String id = created(alice.post("/api/practices", Map.of("title", "On-call handover",
                "body", "Hand over on Monday mornings.")));

        CompletableFuture<ResponseEntity<JsonNode>> first = CompletableFuture.supplyAsync(() -> alice.put(
                "/api/practices/" + id, Map.of("body", "Hand over on Monday at 10:00.", "rationale", "a",
                        "expectedRevision", 1)));
        CompletableFuture<ResponseEntity<JsonNode>> second = CompletableFuture.supplyAsync(() -> bob.put(
                "/api/practices/" + id, Map.of("body", "Hand over in writing.", "rationale", "b",
                        "expectedRevision", 1)));

        List<HttpStatus> statuses = Stream.of(first.join(), second.join())
                .map(r -> HttpStatus.valueOf(r.getStatusCode().value())).sorted().toList();
        assertThat(statuses).containsExactly(HttpStatus.OK, HttpStatus.CONFLICT);
        JsonNode practice = alice.get("/api/practices/" + id).getBody();
        assertThat(practice.get("revision").asInt()).isEqualTo(2);
        assertThat(alice.get("/api/practices/" + id + "/history").getBody()).hasSize(2);
    }

    @Test
    void aLongLivedPracticeIsSnapshottedAndKeepsItsWholeHistoryAndItsPendingProposal() {
        Api author = newUser("prolific", "CONTRIBUTOR", "CURATOR");
        Api colleague = newUser("colleague", "CONTRIBUTOR");
        String id = created(author.post("/api/practices", Map.of("title", "Daily stand-up", "body", "version 1")));
        author.post("/api/practices/" + id + "/publish", Map.of());
        assertThat(colleague.put("/api/practices/" + id, Map.of("body", "a proposal", "rationale", "shorter",
                "expectedRevision", 1)).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        for (int revision = 1; revision <= 55; revision++) {
            revise(author, id, revision, "version " + (revision + 1), "iteration " + revision);
        }

        Integer snapshots = jdbc.queryForObject(
                "select count(*) from snapshot_event_entry where aggregate_identifier = ?", Integer.class, id);
        assertThat(snapshots).isPositive();
        revise(author, id, 56, "version 57", "after the snapshot");
        assertThat(author.get("/api/practices/" + id + "/history").getBody()).hasSize(59);
        assertThat(author.get("/api/practices/{id}/diff?from=56&to=57", id).getBody().get("body").toString())
                .contains("-version 56", "+version 57");
        assertProblem(newUser("second", "CURATOR").post("/api/practices/" + id + "/proposals/1/approve", Map.of()),
                HttpStatus.CONFLICT, "written against revision 1");
    }

    private static void revise(Api author, String id, int expectedRevision, String body, String rationale) {
        ResponseEntity<JsonNode> response = author.put("/api/practices/" + id, Map.of("body", body,
                "rationale", rationale, "expectedRevision", expectedRevision));
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("revision").asInt()).isEqualTo(expectedRevision + 1);
    }

    private static String bodyAsOf(Api api, String id, String moment) {
        return api.get("/api/practices/{id}?asOf={t}", id, moment).getBody().get("body").asText();
    }

    private static String bodyAsOf(Api api, String id, Instant moment) {
        return bodyAsOf(api, id, moment.toString());
    }

    private static String between(Instant earlier, Instant later) {
        return earlier.plus(Duration.between(earlier, later).dividedBy(2)).toString();
    }
}
