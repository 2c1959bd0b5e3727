package org.praxis.app.discussion;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.discussion.DiscussionEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Talking about practices, lessons and documents through the API: threads, mentions, edits, removals, refusals. */
class DiscussionIT extends PraxisIT {

    @Autowired
    private ProjectionIndex<DiscussionEntry> discussions;

    @Test
    void peopleDiscussAPracticeInAThreadWithRepliesMentionsAndSafeMarkdown() {
        Api alice = withToken(newUser("alice", "CONTRIBUTOR"));
        Api bob = withToken(newUser("bob", "CONTRIBUTOR"));
        String practice = alice.post("/api/practices", Map.of("title", "Rotate API keys " + uniqueWord("k"),
                "body", "Rotate them every 90 days.", "tags", List.of("security"), "industry", "software"))
                .getBody().get("id").asText();
        String comments = "/api/practices/" + practice + "/comments";

        var first = alice.post(comments, Map.of("text", "Does **90 days** hold for @" + bob.username()
                + "'s team? Ask @nobody-here too. <script>alert(1)</script>"));
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        String firstId = first.getBody().get("id").asText();
        assertThat(first.getHeaders().getLocation()).hasToString(comments + "/" + firstId);
        assertThat(texts(first.getBody().get("mentions"))).containsExactly(bob.username());
        assertThat(first.getBody().get("html").asText()).contains("<strong>90 days</strong>")
                .doesNotContain("<script>");

        bob.post(comments, Map.of("text", "Yes, we rotate monthly.", "replyTo", firstId));
        alice.post(comments, Map.of("text", "A second topic."));

        JsonNode thread = bob.get(comments).getBody();
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).get("id").asText()).isEqualTo(firstId);
        assertThat(thread.get(0).get("replies")).hasSize(1);
        assertThat(thread.get(0).get("replies").get(0).get("author").asText()).isEqualTo(bob.username());
        assertThat(thread.get(0).get("replies").get(0).get("text").asText()).isEqualTo("Yes, we rotate monthly.");
        assertThat(thread.get(1).get("text").asText()).isEqualTo("A second topic.");
    }

    @Test
    void onlyItsAuthorEditsOrRemovesACommentAndARemovedCommentKeepsItsPlaceAndReplies() {
        Api alice = withToken(newUser("alice", "CONTRIBUTOR"));
        Api bob = withToken(newUser("bob", "CONTRIBUTOR"));
        String lesson = alice.post("/api/lessons", Map.of("title", "Invoices sent twice", "whatHappened",
                "The billing job ran twice after a restart.", "severity", "HIGH")).getBody().get("id").asText();
        String comments = "/api/lessons/" + lesson + "/comments";
        String commentId = alice.post(comments, Map.of("text", "The lock was not held.")).getBody().get("id")
                .asText();
        bob.post(comments, Map.of("text", "Which lock?", "replyTo", commentId));

        assertThat(status(bob.put(comments + "/" + commentId, Map.of("text", "Rewritten by bob")))).isEqualTo(403);
        assertThat(status(bob.delete(comments + "/" + commentId))).isEqualTo(403);
        var edited = alice.put(comments + "/" + commentId, Map.of("text", "The job's lock was not held."));
        assertThat(status(edited)).isEqualTo(200);
        assertThat(edited.getBody().get("editedAt").isNull()).isFalse();

        assertThat(status(alice.delete(comments + "/" + commentId))).isEqualTo(204);
        assertThat(status(alice.put(comments + "/" + commentId, Map.of("text", "Back")))).isEqualTo(409);
        JsonNode thread = bob.get(comments).getBody();
        assertThat(thread).hasSize(1);
        assertThat(thread.get(0).get("removed").asBoolean()).isTrue();
        assertThat(thread.get(0).get("text").isNull()).isTrue();
        assertThat(thread.get(0).get("replies").get(0).get("text").asText()).isEqualTo("Which lock?");

        Api auditor = withToken(newUser("auditor", "AUDITOR"));
        String trail = auditor.exchange(HttpMethod.GET, "/api/audit/events?type=CommentRemoved", null).getBody();
        assertThat(trail).contains("removed a comment on lesson " + lesson);
        JsonNode history = bob.get("/api/lessons/" + lesson + "/history").getBody();
        assertThat(history.findValuesAsText("type")).as("the lesson's history holds its discussion, in order")
                .containsExactly("FailureRecorded", "CommentPosted", "CommentPosted", "CommentEdited", "CommentRemoved");
    }

    @Test
    void badCommentsAreRefusedAndChangeNothing() {
        Api alice = withToken(newUser("alice", "CONTRIBUTOR"));
        String lesson = alice.post("/api/lessons", Map.of("title", "Disk full", "whatHappened",
                "Logs filled the disk.", "severity", "LOW")).getBody().get("id").asText();
        String comments = "/api/lessons/" + lesson + "/comments";

        var blank = alice.post(comments, Map.of("text", "   "));
        assertThat(status(blank)).isEqualTo(400);
        assertThat(blank.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(status(alice.post(comments, Map.of("text", "x".repeat(10_001))))).isEqualTo(400);
        assertThat(status(alice.post(comments, Map.of("text", "A reply to nothing", "replyTo", "no-such"))))
                .isEqualTo(400);
        assertThat(status(alice.post("/api/lessons/no-such-lesson/comments", Map.of("text", "Hello")))).isEqualTo(404);
        assertThat(status(alice.put(comments + "/no-such", Map.of("text", "Hello")))).isEqualTo(404);
        assertThat(alice.get(comments).getBody()).isEmpty();
    }

    @Test
    void theDiscussionOfADocumentFollowsTheDocumentsVisibility() throws IOException {
        Api owner = withToken(newUser("owner", "CONTRIBUTOR", "AUDITOR"));
        Api outsider = withToken(newUser("outsider", "CONTRIBUTOR", "CURATOR", "AUDITOR"));
        String secret = uniqueWord("secret");
        String document = owner.upload(note("merger plans"), "plans.txt", Map.of("visibility", "PRIVATE"))
                .getBody().get("id").asText();
        String comments = "/api/documents/" + document + "/comments";
        assertThat(status(owner.post(comments, Map.of("text", "Keep " + secret + " quiet until Friday."))))
                .isEqualTo(201);
        assertThat(owner.get(comments).getBody()).hasSize(1);

        assertThat(status(outsider.get(comments))).isEqualTo(404);
        assertThat(status(outsider.post(comments, Map.of("text", "Let me in")))).isEqualTo(404);
        assertThat(outsider.exchange(HttpMethod.GET, "/api/audit/events?type=CommentPosted", null).getBody())
                .doesNotContain(secret, document);
        assertThat(owner.exchange(HttpMethod.GET, "/api/audit/events?type=CommentPosted", null).getBody())
                .contains(secret, document);
    }

    @Test
    void anItemIsFoundByWhatIsSaidAboutItAsLongAsItIsSaid() {
        Api alice = withToken(newUser("alice", "CONTRIBUTOR"));
        Api bob = withToken(newUser("bob", "READER"));
        String said = uniqueWord("vaultwarden");
        String rewritten = uniqueWord("hsmstore");
        String practice = alice.post("/api/practices", Map.of("title", "Rotate API keys " + uniqueWord("k"),
                "body", "Rotate every key on a schedule.")).getBody().get("id").asText();
        String comments = "/api/practices/" + practice + "/comments";
        String commentId = alice.post(comments, Map.of("text", "We keep them in " + said + " since May."))
                .getBody().get("id").asText();

        JsonNode found = bob.awaitSearch(said, r -> r.get("total").asInt() == 1);
        assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo(practice);
        assertThat(found.get("hits").get(0).get("discussion").asText()).contains("<mark>" + said + "</mark>");
        // its own words and what is said about it find it together
        assertThat(StreamSupport.stream(bob.search("rotate schedule " + said).get("hits").spliterator(), false)
                .map(hit -> hit.get("id").asText())).contains(practice);

        alice.put(comments + "/" + commentId, Map.of("text", "We moved them to " + rewritten + "."));
        bob.awaitSearch(rewritten, r -> r.get("total").asInt() == 1);
        assertThat(bob.search(said).get("total").asInt()).isZero();

        alice.delete(comments + "/" + commentId);
        bob.awaitSearch(rewritten, r -> r.get("total").asInt() == 0);
    }

    @Test
    void aDocumentsCommentsFindItOnlyForThoseWhoMaySeeItAndNotAfterItsErasure() throws IOException {
        Api owner = withToken(newUser("owner", "CONTRIBUTOR"));
        Api outsider = withToken(newUser("outsider", "CONTRIBUTOR", "CURATOR"));
        String secret = uniqueWord("secret");
        String document = owner.upload(note("merger plans"), "plans.txt", Map.of("visibility", "PRIVATE"))
                .getBody().get("id").asText();
        owner.post("/api/documents/" + document + "/comments", Map.of("text", "Keep " + secret + " quiet."));

        JsonNode found = owner.awaitSearch(secret, r -> r.get("total").asInt() == 1);
        assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo(document);
        assertThat(outsider.search(secret).toString()).doesNotContain(document).contains("\"total\":0");

        admin().post("/api/admin/documents/" + document + "/erasure", Map.of());
        owner.awaitSearch(secret, r -> r.get("total").asInt() == 0);
        // what was said about it is gone from the index too, not merely hidden
        await().atMost(Duration.ofSeconds(30))
                .until(() -> discussions.find(DiscussedItem.DOCUMENT.discussionOf(document)).isEmpty());
    }

    private static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
