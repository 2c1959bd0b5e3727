package org.praxis.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.notification.SavedSearchAlerts;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.query.person.PersonNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A canary: a private document with a word found nowhere else. Through every endpoint, nobody but
 * its owner learns anything of it, not even that it exists: what others see is the same before and
 * after it was uploaded, the passages that ranking by meaning brings along with each hit included. Each
 * view is first checked from the owner's side, so the test can fail.
 */
class VisibilityCanaryIT extends PraxisIT {

    private final String word = randomWord();

    @Autowired
    SavedSearchAlerts savedSearches;
    /** A word of the open document and of the canary, and of no document of other tests (whose number would
     * let index-wide relevance statistics reorder near-equal results; scores are set aside, see the README). */
    private final String shared = randomWord();
    private final String tag = "canary-" + word;

    @Test
    void a_private_document_reveals_nothing_of_itself_to_anyone_else() throws IOException {
        Api owner = newUser("owner", "CONTRIBUTOR");
        Api outsider = withToken(newUser("outsider", "CONTRIBUTOR", "CURATOR", "AUDITOR"));
        String open = owner.upload(text("The restructuring plan for the " + shared + " payroll team, as discussed "
                + "with the people office and the works council."), "plan.txt", Map.of("title", "Restructuring plan"))
                .getBody().get("id").asText();
        outsider.awaitSearch(shared, r -> ids(r).contains(open) && status(r, open).equals("INDEXED")
                && passageOf(r, open) != null);
        Map<String, Object> before = viewsOf(outsider, owner, open);

        String canary = owner.upload(html(author(), "Confidential: the " + word + " restructuring plan moves the "
                        + shared + " payroll team; talk to the people office before " + word + " is announced."),
                "canary.html",
                Map.of("title", word + " restructuring", "visibility", "PRIVATE", "tags", tag, "project", tag))
                .getBody().get("id").asText();
        owner.awaitSearch(word, r -> ids(r).contains(canary) && status(r, canary).equals("INDEXED"));

        ownerSeesTheCanary(owner, canary, open);
        String comments = "/api/documents/" + canary + "/comments";
        assertThat(owner.post(comments, Map.of("text", "Say nothing of " + word + " to @" + outsider.username()
                + " yet.")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(owner.get(comments).getBody().toString()).contains(word);
        String said = randomWord(); // what is said about the canary finds it, for those who may see it only
        owner.post(comments, Map.of("text", "The " + said + " committee decides."));
        owner.awaitSearch(said, r -> ids(r).contains(canary));
        assertThat(outsider.search(said).get("total").asInt()).isZero();
        assertThat(viewsOf(outsider, owner, open)).isEqualTo(before);
        String practice = owner.post("/api/practices", Map.of("title", "Announce restructurings early",
                        "body", "Tell the team first.", "motivatedBy", List.of(Map.of("kind", "DOCUMENT", "id", canary))))
                .getBody().get("id").asText();
        assertThat(owner.get("/api/practices/" + practice).getBody().get("documents").toString()).contains(canary);
        assertThat(outsider.get("/api/practices/" + practice).getBody().get("documents")).isEmpty();
        for (String path : List.of("", "/content", "/history", "/related", "/comments")) {
            assertThat(outsider.exchange(HttpMethod.GET, "/api/documents/" + canary + path, null))
                    .as(path).satisfies(response -> assertSameAsMissing(response, outsider, path, HttpMethod.GET));
        }
        assertSameAsMissing(outsider.exchange(HttpMethod.PATCH, "/api/documents/" + canary, Map.of("title", "x")),
                outsider, "", HttpMethod.PATCH);
        assertSameAsMissing(outsider.exchange(HttpMethod.DELETE, "/api/documents/" + canary, null),
                outsider, "", HttpMethod.DELETE);
        assertSameAsMissing(outsider.exchange(HttpMethod.POST, comments, Map.of("text", "x")),
                outsider, "/comments", HttpMethod.POST);
        String trail = outsider.exchange(HttpMethod.GET, "/api/audit/events", null).getBody()
                + outsider.exchange(HttpMethod.GET, "/api/audit/events?format=csv", null).getBody();
        assertThat(trail).contains(open).doesNotContain(canary).doesNotContainIgnoringCase(word);
        assertThat(outsider.get("/api/search/gaps").getBody().toString()).doesNotContain(canary);

        // a proposed revision of a published practice, motivated by the canary: its reviewer may not see the canary
        outsider.post("/api/practices/" + practice + "/publish", Map.of());
        assertThat(owner.put("/api/practices/" + practice, Map.of("body", "Tell the team first, in person.",
                "rationale", "see the plan", "expectedRevision", 1, "motivatedBy",
                List.of(Map.of("kind", "DOCUMENT", "id", canary)))).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(owner.get("/api/practices/" + practice + "/proposals/1").getBody().toString()).contains(canary);
        assertThat(outsider.get("/api/practices/" + practice + "/proposals/1").getBody().toString()
                + outsider.get("/api/practices/" + practice + "/proposals").getBody()
                + outsider.getUntil("/api/proposals", queue -> queue.toString().contains(practice))
                + outsider.getUntil("/api/me/notifications", inbox -> inbox.toString().contains("REVIEW_REQUESTED")))
                .doesNotContain(canary).doesNotContainIgnoringCase(word);

        // a saved search for the canary's word: a second private document after it was saved is no news to him
        outsider.post("/api/saved-searches", Map.of("name", "Restructuring", "q", word));
        String later = owner.upload(html(author(), "Also confidential: the " + word + " timeline."), "later.html",
                Map.of("visibility", "PRIVATE")).getBody().get("id").asText();
        owner.awaitSearch(word, r -> ids(r).contains(later));
        savedSearches.checkAt(Instant.now());
        assertThat(outsider.get("/api/me/notifications").getBody().toString() + outsider.get("/api/saved-searches")
                .getBody()).doesNotContain(canary, later, "SAVED_SEARCH");
    }

    @Test
    void a_group_document_is_seen_by_its_group_only_and_leaving_the_group_hides_it_at_once() throws IOException {
        String group = "hr-" + word;
        Api owner = newUser("owner", Set.of(group), "CONTRIBUTOR");
        Api colleague = newUser("colleague", Set.of(group), "READER");
        Api outsider = newUser("outsider", "READER");
        String id = owner.upload(text("Minutes of the " + word + " salary committee."), "minutes.txt",
                Map.of("visibility", "GROUPS", "groups", group)).getBody().get("id").asText();
        colleague.awaitSearch(word, r -> ids(r).contains(id) && status(r, id).equals("INDEXED"));

        assertThat(ids(outsider.search(word))).isEmpty();
        assertThat(outsider.get("/api/documents/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        admin().put("/api/admin/users/" + colleague.username(), Map.of("roles", List.of("READER"), "groups", List.of()));
        assertThat(ids(colleague.search(word))).isEmpty();
        assertThat(colleague.get("/api/documents/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode granted = admin().get("/api/audit/events?type=PersonAccessChanged&actor=admin").getBody();
        assertThat(granted.toString()).contains("\"aggregateId\":\"" + colleague.username() + "\"",
                "access changed: roles [READER], groups []");
    }

    @Test
    void making_a_document_private_hides_it_from_the_very_next_query() throws IOException {
        Api owner = newUser("owner", "CONTRIBUTOR");
        Api reader = newUser("reader", "READER");
        String id = owner.upload(text("The " + word + " supplier list."), "suppliers.txt", Map.of())
                .getBody().get("id").asText();
        reader.awaitSearch(word, r -> ids(r).contains(id) && status(r, id).equals("INDEXED"));

        assertThat(owner.patch("/api/documents/" + id, "{\"visibility\":{\"scope\":\"PRIVATE\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(ids(reader.search(word))).isEmpty();
        assertThat(reader.get("/api/documents/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Everything the outsider can ask that the canary could show up in (scores aside: see the README). */
    private Map<String, Object> viewsOf(Api outsider, Api owner, String open) {
        Map<String, Object> views = new LinkedHashMap<>();
        for (String query : List.of(word, word.substring(0, word.length() - 1) + "x", "", shared,
                "\"" + shared + " payroll\"", tag)) {
            views.put("search " + query, comparable(outsider.search(query)));
        }
        views.put("search tag", comparable(outsider.get("/api/search?tag={t}", tag).getBody()));
        views.put("search project", comparable(outsider.get("/api/search?project={p}", tag).getBody()));
        views.put("suggest", outsider.get("/api/search/suggest?prefix={p}", word.substring(0, 5)).getBody());
        views.put("suggest shared", outsider.get("/api/search/suggest?prefix=restructuring").getBody());
        views.put("related", idsOf(outsider.get("/api/documents/" + open + "/related?size=20").getBody()));
        views.put("experts", experts(outsider.get("/api/experts?q={q}", word).getBody()));
        views.put("experts shared", experts(outsider.get("/api/experts?q={q}", shared).getBody()));
        views.put("practices", idsOf(outsider.get("/api/practices/search?q={q}", word).getBody()));
        views.put("known from documents", named(outsider.get("/api/people/known-from-documents").getBody()));
        views.put("owner's profile", outsider.get("/api/people/" + owner.username()).getBody().get("contributions"));
        views.put("notifications", outsider.get("/api/me/notifications").getBody());
        return views;
    }

    private void ownerSeesTheCanary(Api owner, String canary, String open) {
        assertThat(ids(owner.search(word))).contains(canary);
        // its passages have their vectors: a search ranked by meaning brings its closest passage along
        assertThat(owner.getUntil("/api/search?q=" + shared, results -> passageOf(results, canary) != null)
                .toString()).contains(word);
        assertThat(owner.get("/api/search/suggest?prefix={p}", word.substring(0, 5)).getBody().toString())
                .contains(word);
        assertThat(idsOf(owner.getUntil("/api/documents/" + open + "/related?size=20",
                related -> idsOf(related).contains(canary)))).contains(canary);
        assertThat(experts(owner.get("/api/experts?q={q}", word).getBody()).toString()).contains(canary)
                .contains(PersonNames.knownFromDocuments(author()).orElseThrow());
        assertThat(named(owner.get("/api/people/known-from-documents").getBody())).containsExactly(author());
        assertThat(owner.get("/api/people/" + owner.username()).getBody().get("contributions")
                .get("documentsUploaded").asInt()).isEqualTo(2);
    }

    /** A hidden document answers exactly like one that never existed. */
    private static void assertSameAsMissing(ResponseEntity<String> response, Api caller, String path,
                                            HttpMethod method) {
        String missing = UUID.randomUUID().toString();
        ResponseEntity<String> none = caller.exchange(method, "/api/documents/" + missing + path,
                method == HttpMethod.PATCH ? Map.of("title", "x")
                        : method == HttpMethod.POST ? Map.of("text", "x") : null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND).isEqualTo(none.getStatusCode());
        assertThat(response.getBody()).isEqualTo(none.getBody().replace(missing, idIn(response.getBody())));
    }

    private static String idIn(String body) {
        int at = body.indexOf("/api/documents/") + "/api/documents/".length();
        return body.substring(at, at + 36);
    }

    private static JsonNode comparable(JsonNode results) {
        ObjectNode copy = results.deepCopy();
        copy.remove("tookMs");
        copy.withArray("hits").forEach(hit -> ((ObjectNode) hit).remove("score"));
        return copy;
    }

    private static List<String> experts(JsonNode experts) {
        List<String> found = new ArrayList<>();
        experts.forEach(expert -> {
            found.add(expert.get("person").get("id").asText());
            expert.get("evidence").forEach(evidence -> found.add(evidence.get("id").asText()));
        });
        return found;
    }

    private static List<String> ids(JsonNode results) {
        return idsOf(results.get("hits"));
    }

    private static List<String> idsOf(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static String passageOf(JsonNode results, String id) {
        for (JsonNode hit : results.get("hits")) {
            if (hit.get("id").asText().equals(id) && hit.hasNonNull("passage")) {
                return hit.get("passage").asText();
            }
        }
        return null;
    }

    private static String status(JsonNode results, String id) {
        for (JsonNode hit : results.get("hits")) {
            if (hit.get("id").asText().equals(id)) {
                return hit.path("status").asText();
            }
        }
        return "";
    }

    /** The canary's author as its file names them: known from that document only. */
    private String author() {
        return "Whistle " + word;
    }

    /** The names of the people known from documents that name this test's word. */
    private List<String> named(JsonNode knownFromDocuments) {
        List<String> names = new ArrayList<>();
        knownFromDocuments.forEach(person -> names.add(person.get("name").asText()));
        return names.stream().filter(name -> name.contains(word)).toList();
    }

    private static Path html(String author, String content) throws IOException {
        return Files.writeString(Files.createTempFile("canary", ".html"), "<html><head><meta name=\"author\" content=\""
                + author + "\"></head><body><p>" + content + "</p></body></html>");
    }

    private static Path text(String content) throws IOException {
        return Files.writeString(Files.createTempFile("canary", ".txt"), content);
    }

    private static String randomWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("qv");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
