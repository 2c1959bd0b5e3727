package org.praxis.app.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.notification.Reminders;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.praxis.app.support.Responses.assertProblem;
import static org.praxis.app.support.Responses.created;
import static org.praxis.app.support.Responses.summaries;
import static org.praxis.app.support.Responses.texts;

/**
 * A team lead records a failure, colleagues make sense of it, the lesson revises a best practice,
 * and the practice goes through its life: published, endorsed, verified, deprecated.
 */
class LearningFromFailureIT extends PraxisIT {

    @Autowired
    Reminders reminders;

    @Test
    void aFailureBecomesARevisedPracticeThatShowsTheLessonBehindIt() {
        Api lead = newUser("lead", "CONTRIBUTOR");
        Api engineer = newUser("engineer", "CONTRIBUTOR");
        Api curator = newUser("curator", "CURATOR", "CONTRIBUTOR");
        String practice = created(lead.post("/api/practices", Map.of(
                "title", "Rotating API keys",
                "body", "Rotate API keys yearly.\nStore them in the vault.",
                "tags", List.of("security"), "industry", "software")));
        assertThat(curator.post("/api/practices/" + practice + "/publish", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        String lesson = created(lead.post("/api/lessons", Map.of(
                "title", "Leaked key used for three months",
                "whatHappened", "A key committed to a public repository stayed valid for 94 days.",
                "project", "Apollo", "severity", "HIGH", "failedOn", "2026-03-02")));
        assertThat(engineer.post("/api/lessons/" + lesson + "/insights",
                Map.of("text", "Yearly rotation leaves a leaked key usable for months.")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        lead.post("/api/lessons/" + lesson + "/insights", Map.of("text", "Nobody noticed: no alert on key use."));
        ResponseEntity<JsonNode> adaptation = lead.post("/api/lessons/" + lesson + "/adaptations", Map.of(
                "practiceId", practice, "expectedRevision", 1,
                "body", "Rotate API keys every 90 days.\nStore them in the vault.",
                "rationale", "a leaked key stayed valid for 94 days"));
        assertThat(adaptation.getStatusCode()).as("a published practice changes after review")
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(adaptation.getBody().get("proposal").asInt()).isEqualTo(1);
        assertThat(adaptation.getBody().get("practiceRevision").asInt()).isEqualTo(1);
        assertThat(lead.get("/api/practices/" + practice).getBody().get("revision").asInt()).isEqualTo(1);
        assertThat(lead.post("/api/lessons/" + lesson + "/close", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(curator.post("/api/practices/" + practice + "/proposals/1/approve", Map.of()).getBody()
                .get("revision").asInt()).as("approved after the lesson was closed").isEqualTo(2);

        JsonNode revised = lead.get("/api/practices/" + practice).getBody();
        assertThat(revised.get("revision").asInt()).isEqualTo(2);
        assertThat(revised.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(revised.get("body").asText()).startsWith("Rotate API keys every 90 days.");
        assertThat(texts(revised.get("lessons"))).containsExactly(lesson);
        JsonNode closed = lead.get("/api/lessons/" + lesson).getBody();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("insights")).hasSize(2);
        assertThat(closed.get("adaptations").get(0).get("practiceId").asText()).isEqualTo(practice);
        assertThat(closed.get("adaptations").get(0).get("practiceRevision").asInt()).isEqualTo(2);

        assertProblem(engineer.post("/api/lessons/" + lesson + "/insights", Map.of("text", "one more thing")),
                HttpStatus.CONFLICT, "closed");
        assertProblem(lead.post("/api/lessons/" + lesson + "/adaptations", Map.of("practiceId", practice,
                "expectedRevision", 2, "body", "x", "rationale", "y")), HttpStatus.CONFLICT, "closed");
        assertThat(lead.get("/api/practices/" + practice).getBody().get("revision").asInt()).isEqualTo(2);
        assertThat(lead.get("/api/practices/" + practice + "/proposals").getBody())
                .as("the refused adaptation left no proposal behind").hasSize(1);

        List<String> lessonHistory = summaries(lead.get("/api/lessons/" + lesson + "/history").getBody());
        assertThat(lessonHistory).hasSize(6);
        assertThat(lessonHistory.get(0)).contains("Leaked key used for three months", "HIGH", "Apollo");
        assertThat(lessonHistory.get(3)).contains("proposed a change to practice " + practice, "proposal 1");
        assertThat(lessonHistory.get(5)).contains("changed practice " + practice + " in its revision 2");
    }

    @Test
    void aFollowUpAsksWhetherTheChangeHeldAndALaterFailureShowsAsARecurrenceOfTheRevision() {
        Api lead = withToken(newUser("lead", "CONTRIBUTOR", "CURATOR"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String practice = created(lead.post("/api/practices", Map.of("title", "Back up before migrations "
                + uniqueWord("t"), "body", "Take a backup.")));
        String lesson = created(lead.post("/api/lessons", Map.of("title", "A migration lost data",
                "whatHappened", "The backup was a week old.", "severity", "HIGH")));
        String followUp = "/api/lessons/" + lesson + "/follow-up";
        assertProblem(lead.put(followUp, Map.of("on", today.plusDays(30).toString())), HttpStatus.CONFLICT,
                "adapt a practice to this lesson first");
        lead.post("/api/lessons/" + lesson + "/adaptations", Map.of("practiceId", practice, "expectedRevision", 1,
                "body", "Take a backup right before the migration.", "rationale", "the backup was a week old"));

        LocalDate on = today.plusDays(30);
        assertProblem(lead.put(followUp, Map.of("on", today.toString())), HttpStatus.BAD_REQUEST, "after today");
        assertThat(lead.put(followUp, Map.of("on", on.toString())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(lead.get("/api/lessons/" + lesson).getBody().get("followUpOn").asText()).isEqualTo(on.toString());
        Instant thatDay = on.atTime(9, 0).toInstant(ZoneOffset.UTC);
        await().atMost(Duration.ofMinutes(1)).until(() -> { // the lessons index follows the events
            reminders.remindAt(thatDay);
            return lead.get("/api/me/notifications").getBody().toString().contains("FOLLOW_UP_DUE");
        });

        String outcome = "/api/lessons/" + lesson + "/outcome";
        assertProblem(lead.post(outcome, Map.of("held", false)), HttpStatus.BAD_REQUEST, "what happened");
        assertThat(lead.post(outcome, Map.of("held", false, "note", "Lost data again in June.")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(lead.post(outcome, Map.of("held", true)), HttpStatus.CONFLICT, "recorded already");
        assertThat(summaries(lead.get("/api/lessons/" + lesson + "/history").getBody()))
                .anySatisfy(line -> assertThat(line).contains("will check on " + on))
                .anySatisfy(line -> assertThat(line).contains("did not hold", "Lost data again in June."));

        // reported from a time zone already in tomorrow: a failure after revision 2 was made
        String again = created(lead.post("/api/lessons", Map.of("title", "A migration lost data again",
                "whatHappened", "Nobody took the backup.", "severity", "HIGH", "failedOn",
                today.plusDays(1).toString())));
        lead.post("/api/lessons/" + again + "/adaptations", Map.of("practiceId", practice, "expectedRevision", 2,
                "body", "A second person checks the backup before the migration.", "rationale", "it recurred"));
        JsonNode recurrences = lead.getUntil("/api/practices/" + practice,
                view -> !view.get("recurrences").isEmpty()).get("recurrences");
        assertThat(recurrences).hasSize(1);
        assertThat(recurrences.get(0).get("revision").asInt()).isEqualTo(2);
        assertThat(recurrences.get(0).get("lessonId").asText()).isEqualTo(again);
    }

    @Test
    void aLessonCanStartANewPractice() {
        Api lead = newUser("lead", "CONTRIBUTOR");
        String lesson = created(lead.post("/api/lessons", Map.of("title", "Release on Friday evening",
                "whatHappened", "A broken release stayed live all weekend.", "severity", "MEDIUM")));

        JsonNode adaptation = lead.post("/api/lessons/" + lesson + "/adaptations", Map.of(
                "title", "No releases after Thursday noon", "body", "Release Monday to Thursday noon.",
                "rationale", "nobody is there to roll back", "tags", List.of("release"))).getBody();

        JsonNode practice = lead.get("/api/practices/" + adaptation.get("practiceId").asText()).getBody();
        assertThat(practice.get("title").asText()).isEqualTo("No releases after Thursday noon");
        assertThat(practice.get("status").asText()).isEqualTo("DRAFT");
        assertThat(texts(practice.get("lessons"))).containsExactly(lesson);
    }

    @Test
    void thePracticeLifecycleKeepsItsRules() {
        Api author = newUser("author", "CONTRIBUTOR");
        Api colleague = newUser("colleague", "READER");
        Api curator = newUser("curator", "CURATOR", "CONTRIBUTOR");
        String practice = created(author.post("/api/practices", Map.of("title", "Code review within a day",
                "body", "Review pull requests within one working day.")));
        String successor = created(author.post("/api/practices", Map.of("title", "Code review within four hours",
                "body", "Review pull requests within four working hours.")));

        assertProblem(colleague.post("/api/practices/" + practice + "/endorse", Map.of()), HttpStatus.CONFLICT,
                "not published");
        assertProblem(author.post("/api/practices/" + practice + "/publish", Map.of()), HttpStatus.FORBIDDEN, null);
        curator.post("/api/practices/" + practice + "/publish", Map.of());
        assertProblem(curator.post("/api/practices/" + practice + "/publish", Map.of()), HttpStatus.CONFLICT, "twice");
        assertThat(colleague.post("/api/practices/" + practice + "/endorse", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(colleague.post("/api/practices/" + practice + "/endorse", Map.of()), HttpStatus.CONFLICT,
                "already endorsed");
        assertProblem(author.post("/api/practices/" + practice + "/endorse", Map.of()), HttpStatus.CONFLICT,
                "nobody endorses a practice they wrote");
        assertProblem(author.post("/api/practices/" + practice + "/verify", Map.of("validDays", 30)),
                HttpStatus.FORBIDDEN, "curator");
        assertThat(curator.post("/api/practices/" + practice + "/verify", Map.of("validDays", 30)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(author.put("/api/practices/" + practice, Map.of("body", "Review within two days.",
                "rationale", "too strict", "expectedRevision", 7)), HttpStatus.CONFLICT, "current revision is 1");
        assertProblem(author.put("/api/practices/" + practice, Map.of("body", "Review within two days.",
                "expectedRevision", 1)), HttpStatus.BAD_REQUEST, "rationale");

        JsonNode verified = author.get("/api/practices/" + practice).getBody();
        assertThat(verified.get("endorsements").asInt()).isEqualTo(1);
        assertThat(verified.get("verifiedUntil").asText()).isNotBlank();
        assertThat(verified.get("verificationExpired").asBoolean()).isFalse();

        assertThat(author.post("/api/practices/" + practice + "/deprecate", Map.of("reason", "four hours now",
                "supersededBy", successor)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(curator.post("/api/practices/" + practice + "/publish", Map.of()), HttpStatus.CONFLICT,
                "deprecated");
        JsonNode deprecated = author.get("/api/practices/" + practice).getBody();
        assertThat(deprecated.get("status").asText()).isEqualTo("DEPRECATED");
        assertThat(deprecated.get("supersededBy").asText()).isEqualTo(successor);

        assertProblem(author.post("/api/practices", Map.of("title", " ", "body", "x")), HttpStatus.BAD_REQUEST, "title");
        assertProblem(author.get("/api/practices/no-such-practice"), HttpStatus.NOT_FOUND, null);
        assertProblem(author.post("/api/practices/no-such-practice/publish", Map.of()), HttpStatus.FORBIDDEN, null);
        assertProblem(curator.post("/api/practices/no-such-practice/publish", Map.of()), HttpStatus.NOT_FOUND, null);
    }

    @Test
    void practicesAndLessonsAreFoundWithDocumentsInOneSearch() {
        Api lead = newUser("lead", "CONTRIBUTOR");
        String word = "quokkarelease" + System.nanoTime();
        String practice = created(lead.post("/api/practices", Map.of("title", "Canary " + word,
                "body", "Ship to one percent first.")));
        String lesson = created(lead.post("/api/lessons", Map.of("title", "Outage " + word,
                "whatHappened", "Everyone got the broken build.", "severity", "CRITICAL")));

        JsonNode results = lead.awaitSearch(word, r -> r.get("total").asInt() == 2);

        assertThat(texts(results.get("hits"), "id")).containsExactlyInAnyOrder(practice, lesson);
        assertThat(texts(results.get("facets").get("type"), "value")).containsExactlyInAnyOrder("practice", "lesson");
        assertThat(lead.get("/api/search?q={q}&type=practice", word).getBody().get("total").asInt()).isEqualTo(1);
        assertProblem(lead.get("/api/search?q={q}&type=recipe", word), HttpStatus.BAD_REQUEST, "unknown type");
    }
}
