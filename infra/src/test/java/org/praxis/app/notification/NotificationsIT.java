package org.praxis.app.notification;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Watching items and hearing about them: mentions, comments, revisions; read marks; what is never revealed. */
class NotificationsIT extends PraxisIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Reminders reminders;

    @Test
    void aMentionAndACommentOnAWatchedPracticeReachTheirPeopleButNeverTheirAuthor() {
        Api author = withToken(newUser("author", "CONTRIBUTOR"));
        Api bob = withToken(newUser("bob", "READER"));
        Api carol = withToken(newUser("carol", "CONTRIBUTOR"));
        String title = "Pair on deploys " + uniqueWord("t");
        String practice = author.post("/api/practices", Map.of("title", title, "body", "Deploy in pairs."))
                .getBody().get("id").asText();
        String watch = "/api/practices/" + practice + "/watch";
        author.getUntil(watch, r -> r.get("watching").asBoolean());
        assertThat(status(carol.put(watch, Map.of()))).isEqualTo(204);
        carol.getUntil(watch, r -> r.get("watching").asBoolean());

        bob.post("/api/practices/" + practice + "/comments", Map.of("text", "Also at night? cc @"
                + carol.username()));

        JsonNode authors = author.getUntil("/api/me/notifications", r -> r.get("unread").asInt() == 1);
        JsonNode first = authors.get("notifications").get(0);
        assertThat(first.get("reason").asText()).isEqualTo("COMMENTED");
        assertThat(first.get("itemTitle").asText()).isEqualTo(title);
        assertThat(first.get("actor").asText()).isEqualTo(bob.username());
        assertThat(first.get("link").asText()).isEqualTo("/api/practices/" + practice);
        JsonNode carols = carol.getUntil("/api/me/notifications", r -> r.get("unread").asInt() == 1);
        assertThat(carols.get("notifications").get(0).get("reason").asText()).isEqualTo("MENTIONED");
        assertThat(bob.get("/api/me/notifications").getBody().get("total").asInt()).isZero();

        author.put("/api/practices/" + practice, Map.of("body", "Deploy in pairs, day and night.",
                "rationale", "night deploys failed alone", "expectedRevision", 1));
        JsonNode revised = carol.getUntil("/api/me/notifications", r -> r.get("unread").asInt() == 2);
        assertThat(reasons(revised)).containsExactly("REVISED", "MENTIONED");
        assertThat(author.get("/api/me/notifications").getBody().get("total").asInt()).isEqualTo(1);

        long id = revised.get("notifications").get(0).get("id").asLong();
        assertThat(status(bob.post("/api/me/notifications/" + id + "/read", Map.of()))).isEqualTo(404);
        assertThat(status(carol.post("/api/me/notifications/" + id + "/read", Map.of()))).isEqualTo(204);
        assertThat(carol.get("/api/me/notifications").getBody().get("unread").asInt()).isEqualTo(1);
        assertThat(status(carol.post("/api/me/notifications/read-all", Map.of()))).isEqualTo(204);
        assertThat(carol.get("/api/me/notifications").getBody().get("unread").asInt()).isZero();
    }

    @Test
    void whoUnwatchesHearsNothingMore() {
        Api author = withToken(newUser("author", "CONTRIBUTOR"));
        Api colleague = withToken(newUser("colleague", "CONTRIBUTOR"));
        String lesson = author.post("/api/lessons", Map.of("title", "Backup not restorable", "whatHappened",
                "Nobody had tried a restore.", "severity", "HIGH")).getBody().get("id").asText();
        String watch = "/api/lessons/" + lesson + "/watch";
        author.getUntil(watch, r -> r.get("watching").asBoolean());
        assertThat(status(author.delete(watch))).isEqualTo(204);
        author.getUntil(watch, r -> !r.get("watching").asBoolean());

        colleague.post("/api/lessons/" + lesson + "/comments", Map.of("text", "We never tested restores."));
        colleague.post("/api/lessons/" + lesson + "/comments", Map.of("text", "Mentioning @" + author.username()));

        JsonNode inbox = author.getUntil("/api/me/notifications", r -> r.get("total").asInt() >= 1);
        assertThat(reasons(inbox)).containsExactly("MENTIONED");
    }

    @Test
    void theAuthorAndTheCuratorAreRemindedOnceBeforeAVerificationRunsOutAndOnceAfter() {
        Api author = withToken(newUser("author", "CONTRIBUTOR"));
        Api curator = withToken(newUser("curator", "CURATOR"));
        String practice = author.post("/api/practices", Map.of("title", "Restore a backup monthly",
                "body", "Restore last night's backup on a test server.")).getBody().get("id").asText();
        curator.post("/api/practices/" + practice + "/publish", Map.of());
        curator.post("/api/practices/" + practice + "/verify", Map.of("validDays", 3));
        await().atMost(Duration.ofMinutes(1)).until(() -> reminded(Instant.now(), practice) > 0);

        for (Api person : List.of(author, curator)) {
            JsonNode inbox = person.get("/api/me/notifications").getBody();
            assertThat(reminders(inbox)).as(person.username()).containsExactly("VERIFICATION_ENDING");
            assertThat(inbox.toString()).contains("the verification of 'Restore a backup monthly' runs out on");
        }
        reminders.remindAt(Instant.now());
        assertThat(reminders(author.get("/api/me/notifications").getBody())).as("once per verification")
                .containsExactly("VERIFICATION_ENDING");

        reminders.remindAt(Instant.now().plus(Duration.ofDays(4)));
        for (Api person : List.of(author, curator)) {
            assertThat(reminders(person.get("/api/me/notifications").getBody())).as(person.username())
                    .containsExactly("VERIFICATION_EXPIRED", "VERIFICATION_ENDING");
        }
    }

    private static List<String> reminders(JsonNode inbox) {
        return reasons(inbox).stream().filter(reason -> reason.startsWith("VERIFICATION_")).toList();
    }

    /** Runs a reminder round and counts the reminders stored about the practice (the index lags the verification). */
    private int reminded(Instant now, String practice) {
        reminders.remindAt(now);
        return jdbc.queryForObject("select count(*) from praxis_notification where item_id = ? and reason = ?",
                Integer.class, practice, NotificationReason.VERIFICATION_ENDING.name());
    }

    /** The canary for notifications: a mention in a private document's discussion reaches nobody who can't see it. */
    @Test
    void aNotificationNeverRevealsADocumentTheRecipientMayNotSee() throws IOException {
        Api owner = withToken(newUser("owner", "CONTRIBUTOR"));
        Api outsider = withToken(newUser("outsider", "CONTRIBUTOR", "CURATOR", "AUDITOR"));
        String secret = owner.upload(note("salary bands"), "bands.txt", Map.of("visibility", "PRIVATE"))
                .getBody().get("id").asText();
        String open = owner.upload(note("office plan"), "office.txt", Map.of()).getBody().get("id").asText();

        owner.post("/api/documents/" + secret + "/comments", Map.of("text", "@" + outsider.username()
                + " must not hear of this"));
        owner.post("/api/documents/" + open + "/comments", Map.of("text", "@" + outsider.username()
                + ", the new office"));

        await().atMost(Duration.ofMinutes(1)).until(() -> jdbc.queryForObject("select count(*) from praxis_notification "
                + "where recipient = ?", Integer.class, outsider.username()) == 2);
        JsonNode inbox = outsider.get("/api/me/notifications").getBody();
        assertThat(inbox.get("total").asInt()).as("stored for both documents, shown for the open one").isEqualTo(1);
        assertThat(inbox.get("unread").asInt()).isEqualTo(1);
        assertThat(inbox.toString()).contains(open).doesNotContain(secret, "must not hear", "bands");
        assertThat(status(outsider.get("/api/documents/" + secret + "/watch"))).isEqualTo(404);
        assertThat(status(outsider.put("/api/documents/" + secret + "/watch", Map.of()))).isEqualTo(404);
    }

    private static List<String> reasons(JsonNode inbox) {
        List<String> reasons = new ArrayList<>();
        inbox.get("notifications").forEach(notification -> reasons.add(notification.get("reason").asText()));
        return reasons;
    }

    private static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }
}
