package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.app.support.TestServices;
import org.praxis.command.fixtures.SharedFixtures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.assertProblem;
import static org.praxis.app.support.Responses.hitIds;
import static org.awaitility.Awaitility.await;

class DocumentApiIT extends PraxisIT {

    private static final Path TIKA_PDF = SharedFixtures.corpus().resolve("testPDF.pdf");

    private Api admin;

    @BeforeEach
    void setUp() {
        admin = admin();
    }

    @Test
    void anUploadedPdfIsFoundByWordsFromInsideItWithSnippetsAndFacets() {
        String tag = uniqueTag();
        ResponseEntity<JsonNode> upload = admin.upload(TIKA_PDF, "report.pdf", Map.of("tags", tag));

        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = upload.getBody().get("id").asText();
        assertThat(upload.getHeaders().getLocation()).hasToString("/api/documents/" + id);
        assertThat(upload.getBody().get("status").asText()).isEqualTo("PROCESSING");

        JsonNode document = admin.awaitDocument(id, d -> d.get("status").asText().equals("INDEXED"));
        assertThat(document.get("title").asText()).isEqualTo("Apache Tika - Apache Tika");
        assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("pageCount").asInt()).isEqualTo(1);
        assertThat(document.get("language").asText()).isEqualTo("en");

        assertThat(document.get("authors").toString()).as("the writer the file names").contains("Bertrand Delacrétaz");
        JsonNode results = admin.awaitSearch("content analysis toolkit", tag, r -> hitIds(r).contains(id));
        JsonNode hit = hit(results, id);
        assertThat(hit.get("authors").toString()).contains("Bertrand Delacrétaz");
        assertThat(admin.get("/api/documents/" + id + "/history").getBody().toString())
                .contains("written by Bertrand Delacrétaz");
        assertThat(hit.get("type").asText()).isEqualTo("document");
        assertThat(hit.get("highlights").get(0).asText()).contains("<mark>", "Toolkit</mark>");
        assertThat(values(results.get("facets").get("tags"))).contains(tag);
        assertThat(values(results.get("facets").get("mediaType"))).contains("application/pdf");
        assertThat(values(results.get("facets").get("type"))).containsExactly("document");
        assertThat(values(results.get("facets").get("year"))).isNotEmpty();
    }

    @Test
    void aTypoStillFindsTheDocumentAndPagingSplitsTheResults() throws IOException {
        String tag = uniqueTag();
        String id = upload(TIKA_PDF, Map.of("tags", tag));
        for (String other : List.of("A toolkit for the workshop.", "The toolkit is in the van.")) {
            upload(note(other), Map.of("tags", tag));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> admin.get("/api/search?q=toolkit&tag={tag}", tag).getBody().get("total").asInt(),
                        total -> total == 3);

        JsonNode typo = admin.search("tolkit", tag);
        assertThat(hitIds(typo)).contains(id);
        assertThat(hit(typo, id).get("highlights").toString()).as("the close spelling that matched, marked")
                .containsIgnoringCase("Toolkit</mark>");
        JsonNode firstPage = admin.get("/api/search?tag={tag}&size=2&page=1", tag).getBody();
        JsonNode secondPage = admin.get("/api/search?tag={tag}&size=2&page=2", tag).getBody();
        assertThat(firstPage.get("total").asLong()).isEqualTo(3);
        assertThat(firstPage.get("hits")).hasSize(2);
        assertThat(secondPage.get("hits")).hasSize(1);
        assertThat(hitIds(firstPage)).doesNotContainAnyElementsOf(hitIds(secondPage));
    }

    @Test
    void aVersionAddedBySomeoneElseRecordsThemAsAReviser() throws IOException {
        Api alice = newUser("writer", "CONTRIBUTOR");
        String id = alice.upload(note("the first draft of the " + uniqueWord("kiln") + " checklist"), "kiln.txt",
                Map.of()).getBody().get("id").asText();
        alice.awaitDocument(id, d -> "INDEXED".equals(d.path("status").asText()));

        assertThat(admin.post("/api/documents/" + id + "/versions", parts(note("the kiln checklist, reviewed")))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode document = alice.awaitDocument(id, d -> d.path("version").asInt() == 2);
        assertThat(document.path("owner").asText()).isEqualTo(alice.username());
        assertThat(document.path("revisers").toString()).isEqualTo("[\"admin\"]");
    }

    @Test
    void theOriginalBytesComeBackAsAnAttachment() throws IOException {
        String id = upload(TIKA_PDF, Map.of());

        ResponseEntity<byte[]> content = admin.bytes("/api/documents/" + id + "/content");

        assertThat(content.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(content.getBody()).isEqualTo(Files.readAllBytes(TIKA_PDF));
        assertThat(content.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(content.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
        assertThat(content.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void versionsTitlesTagsAndArchivingAreSearchableAndInTheHistory() {
        String uploadTag = uniqueTag();
        String id = upload(SharedFixtures.corpus().resolve("testRTF.rtf"), Map.of("tags", uploadTag));
        admin.awaitDocument(id, d -> d.get("status").asText().equals("INDEXED"));

        ResponseEntity<JsonNode> version = admin.post("/api/documents/" + id + "/versions",
                parts(SharedFixtures.corpus().resolve("testODFwithOOo3.odt")));
        assertThat(version.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(version.getBody().get("version").asInt()).isEqualTo(2);
        admin.awaitDocument(id, d -> d.get("version").asInt() == 2 && d.get("status").asText().equals("INDEXED"));
        admin.awaitSearch("\"Tika is part of the Lucene project\"", uploadTag, r -> hitIds(r).contains(id));

        String title = "Quarterly lessons " + UUID.randomUUID();
        String tag = uniqueTag();
        String project = "Project " + tag;
        assertThat(admin.patch("/api/documents/" + id, "{\"title\":\"" + title + "\",\"tags\":[\"" + tag
                + "\"],\"project\":\"" + project + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode byTitle = admin.awaitSearch("\"" + title + "\"", r -> hitIds(r).contains(id));
        assertThat(hit(byTitle, id).get("title").asText()).isEqualTo(title);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> hitIds(admin.get("/api/search?tag={tag}", tag).getBody()), List.of(id)::equals);
        assertThat(admin.get("/api/documents/" + id).getBody().get("project").asText()).isEqualTo(project);
        assertThat(hitIds(admin.get("/api/search?project={p}", project).getBody())).containsExactly(id);

        assertThat(admin.delete("/api/documents/" + id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        admin.awaitSearch("\"" + title + "\"", r -> !hitIds(r).contains(id));
        assertThat(admin.get("/api/documents/" + id).getBody().get("archived").asBoolean()).isTrue();
        assertThat(admin.post("/api/documents/" + id + "/versions", parts(TIKA_PDF)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode history = admin.get("/api/documents/" + id + "/history").getBody();
        List<String> types = new ArrayList<>();
        history.forEach(event -> types.add(event.get("type").asText()));
        assertThat(types).containsExactly("DocumentUploaded", "DocumentTextExtracted", "DocumentVersionAdded",
                "DocumentTextExtracted", "DocumentRetitled", "DocumentTagged", "DocumentUntagged",
                "DocumentProjectChanged", "DocumentArchived");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("admin");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("system:text-extraction");
        assertThat(history.get(4).get("summary").asText()).contains(title);
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).get("sequence").asLong()).isEqualTo(i);
            assertThat(history.get(i).get("at").asText()).isNotBlank();
        }
    }

    @Test
    void aFileThatCannotBeReadIsStoredAndShownAsFailedWithItsReason() throws IOException {
        Path encrypted = SharedFixtures.hostile().resolve("testUnicodePassword.pdf");
        String id = upload(encrypted, Map.of());

        JsonNode document = admin.awaitDocument(id, d -> !d.get("status").asText().equals("PROCESSING"));

        assertThat(document.get("status").asText()).isEqualTo("FAILED");
        assertThat(document.get("error").asText()).startsWith("ENCRYPTED");
        assertThat(admin.bytes("/api/documents/" + id + "/content").getBody()).isEqualTo(Files.readAllBytes(encrypted));
    }

    @Test
    void badInputGetsAProblemAndStoresNothing() throws IOException {
        Path empty = Files.createTempFile("empty", ".pdf");
        Path tooLarge = randomFile(3 * 1024 * 1024);
        Path small = randomFile(1024);

        assertProblem(admin.upload(empty, "empty.pdf", Map.of()), HttpStatus.BAD_REQUEST, "empty");
        assertProblem(admin.post("/api/documents", new LinkedMultiValueMap<>(Map.of("title", List.of("no file")))),
                HttpStatus.BAD_REQUEST, "file");
        assertProblem(admin.upload(tooLarge, "large.bin", Map.of()), HttpStatus.PAYLOAD_TOO_LARGE, null);
        assertProblem(admin.upload(small, "a.bin", Map.of("visibility", "EVERYONE")), HttpStatus.BAD_REQUEST,
                "visibility");
        assertProblem(admin.upload(small, "a.bin", Map.of("visibility", "GROUPS")), HttpStatus.BAD_REQUEST, "group");
        // the empty file is left out: its hash is the empty blob's, which any text-less document's text is
        assertThat(List.of(tooLarge, small)).as("no rejected file's bytes are kept")
                .noneMatch(DocumentApiIT::isStored);

        assertProblem(admin.get("/api/documents/" + UUID.randomUUID()), HttpStatus.NOT_FOUND, "no such document");
        assertProblem(admin.get("/api/search?q=x&size=1000"), HttpStatus.BAD_REQUEST, "size");
        assertProblem(admin.get("/api/search?q=x&page=0"), HttpStatus.BAD_REQUEST, "page");

        String id = upload(TIKA_PDF, Map.of());
        assertProblem(admin.patch("/api/documents/" + id, "{\"title\":"), HttpStatus.BAD_REQUEST, null);
        assertProblem(admin.patch("/api/documents/" + id, "{\"title\":\" \"}"), HttpStatus.BAD_REQUEST, "blank");
        List<String> types = new ArrayList<>();
        admin.get("/api/documents/" + id + "/history").getBody().forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).doesNotContain("DocumentRetitled");
    }

    @Test
    void anUploadOrVersionSentAgainWithItsIdempotencyKeyIsStoredOnce() throws IOException {
        Api alice = newUser("alice", "CONTRIBUTOR");
        Api bob = newUser("bob", "CONTRIBUTOR");
        String word = uniqueWord("idem");
        Path file = note(word);
        String key = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> first = alice.withHeader("Idempotency-Key", key).upload(file, "note.txt", Map.of());
        ResponseEntity<JsonNode> again = alice.withHeader("Idempotency-Key", key).upload(file, "note.txt", Map.of());
        ResponseEntity<JsonNode> bobs = bob.withHeader("Idempotency-Key", key).upload(file, "note.txt", Map.of());

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        String id = first.getBody().get("id").asText();
        assertThat(again.getBody().get("id").asText()).isEqualTo(id);
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(bobs.getBody().get("id").asText()).as("keys belong to their sender").isNotEqualTo(id);
        assertProblem(alice.withHeader("Idempotency-Key", key).upload(TIKA_PDF, "other.pdf", Map.of()),
                HttpStatus.UNPROCESSABLE_ENTITY, "different file");
        assertProblem(alice.withHeader("Idempotency-Key", "two words").upload(file, "note.txt", Map.of()),
                HttpStatus.BAD_REQUEST, "idempotency-key");
        String bobsId = bobs.getBody().get("id").asText();
        List.of(id, bobsId).forEach(stored -> alice.awaitDocument(stored, d -> "INDEXED".equals(d.path("status").asText())));
        JsonNode found = alice.search(word);
        assertThat(found.get("total").asInt()).as("alice's document and bob's, the same bytes, listed once").isEqualTo(1);
        assertThat(hitIds(found)).containsAnyOf(id, bobsId);

        String versionKey = UUID.randomUUID().toString();
        Api aliceVersion = alice.withHeader("Idempotency-Key", versionKey);
        assertThat(aliceVersion.post("/api/documents/" + id + "/versions", parts(TIKA_PDF)).getBody().get("version")
                .asInt()).isEqualTo(2);
        ResponseEntity<JsonNode> versionAgain = aliceVersion.post("/api/documents/" + id + "/versions", parts(TIKA_PDF));
        assertThat(versionAgain.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(versionAgain.getBody().get("version").asInt()).isEqualTo(2);
        assertThat(versionAgain.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");

        JsonNode document = alice.awaitDocument(id, d -> d.get("status").asText().equals("INDEXED")
                && d.get("version").asInt() == 2);
        assertThat(document.get("versions")).hasSize(2);
        assertThat(alice.get("/api/documents/" + id + "/history").getBody().findValuesAsText("type"))
                .containsOnlyOnce("DocumentUploaded", "DocumentVersionAdded");
    }

    @Test
    void callersNeedAccountsAndTheRightRole() {
        String reader = "reader-" + uniqueTag();
        assertThat(admin.postJson("/api/admin/users", "{\"username\":\"" + reader
                + "\",\"password\":\"a long reader password\",\"roles\":[\"READER\"]}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        assertProblem(api(null, null).get("/api/search?q=x"), HttpStatus.UNAUTHORIZED, null);
        assertProblem(api("admin", "wrong password").get("/api/search?q=x"), HttpStatus.UNAUTHORIZED, null);
        assertProblem(api(reader, "a long reader password").upload(TIKA_PDF, "x.pdf", Map.of()),
                HttpStatus.FORBIDDEN, null);
        assertProblem(api(reader, "a long reader password").get("/api/admin/users"), HttpStatus.FORBIDDEN, null);
        assertThat(api(reader, "a long reader password").get("/api/search?q=x").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPrivateDocumentIsInvisibleToEveryoneButItsOwner() {
        String owner = "owner-" + uniqueTag();
        String other = "other-" + uniqueTag();
        for (String user : List.of(owner, other)) {
            admin.postJson("/api/admin/users", "{\"username\":\"" + user
                    + "\",\"password\":\"a long enough password\",\"roles\":[\"CONTRIBUTOR\"]}");
        }
        Api ownerApi = api(owner, "a long enough password");
        Api otherApi = api(other, "a long enough password");
        String id = ownerApi.upload(TIKA_PDF, "mine.pdf", Map.of("visibility", "PRIVATE", "tags", owner))
                .getBody().get("id").asText();
        ownerApi.awaitSearch("toolkit", owner, r -> hitIds(r).contains(id));

        assertThat(hitIds(otherApi.search("toolkit"))).doesNotContain(id);
        assertThat(values(otherApi.search("toolkit").get("facets").get("tags"))).doesNotContain(owner);
        assertProblem(otherApi.get("/api/documents/" + id), HttpStatus.NOT_FOUND, null);
        assertProblem(otherApi.get("/api/documents/" + id + "/history"), HttpStatus.NOT_FOUND, null);
        assertThat(otherApi.bytes("/api/documents/" + id + "/content").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertProblem(otherApi.delete("/api/documents/" + id), HttpStatus.NOT_FOUND, null);
    }

    @Test
    void didYouMeanNeverRevealsWordsOfDocumentsTheCallerCannotSee() throws IOException {
        String owner = "speller-" + uniqueTag();
        String other = "guesser-" + uniqueTag();
        for (String user : List.of(owner, other)) {
            admin.postJson("/api/admin/users", "{\"username\":\"" + user
                    + "\",\"password\":\"a long enough password\",\"roles\":[\"CONTRIBUTOR\"]}");
        }
        Api ownerApi = api(owner, "a long enough password");
        Api otherApi = api(other, "a long enough password");
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"),
                "Project zyxquorbium merges the telemetry pipelines next quarter.");
        String id = ownerApi.upload(secret, "secret.txt", Map.of("visibility", "PRIVATE")).getBody().get("id").asText();
        ownerApi.awaitSearch("zyxquorbium", r -> hitIds(r).contains(id));

        assertThat(ownerApi.search("zyxquorbiun").get("didYouMean").asText()).isEqualTo("zyxquorbium");
        JsonNode guess = otherApi.search("zyxquorbiun");
        assertThat(guess.get("total").asInt()).isZero();
        assertThat(guess.get("didYouMean").isNull()).isTrue();
    }

    @Test
    void didYouMeanIsNotOfferedForAnotherFormOfAWordTheSearchFound() throws IOException {
        String word = uniqueWord("vault");
        Path note = Files.writeString(Files.createTempFile("vault", ".txt"), "Rotate the " + word + " every quarter.");
        String id = admin.upload(note, "vault.txt", Map.of()).getBody().get("id").asText();
        admin.awaitSearch(word, r -> hitIds(r).contains(id));

        JsonNode plural = admin.search("rotate " + word + "s");
        assertThat(hitIds(plural)).contains(id);
        assertThat(plural.get("didYouMean").isNull()).as("'%s' and '%ss' are one word to search", word, word).isTrue();
        // a real misspelling still gets its correction
        assertThat(admin.search("rotate " + word.substring(0, word.length() - 1) + "q").get("didYouMean").asText())
                .isEqualTo("rotate " + word);
    }

    @Test
    void changesSentByABrowserOnBehalfOfAnotherSiteAreRefused() {
        assertProblem(admin.withHeader("Sec-Fetch-Site", "cross-site").upload(TIKA_PDF, "x.pdf", Map.of()),
                HttpStatus.FORBIDDEN, "other sites");
        assertProblem(admin.withHeader("Origin", "https://attacker.example").upload(TIKA_PDF, "x.pdf", Map.of()),
                HttpStatus.FORBIDDEN, "other sites");
        assertThat(admin.withHeader("Sec-Fetch-Site", "same-origin").upload(TIKA_PDF, "x.pdf", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private String upload(Path file, Map<String, String> fields) {
        ResponseEntity<JsonNode> response = admin.upload(file, file.getFileName().toString(), fields);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asText();
    }

    private static LinkedMultiValueMap<String, Object> parts(Path file) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new org.springframework.core.io.FileSystemResource(file));
        return parts;
    }

    private static Path randomFile(int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random().nextBytes(bytes);
        return Files.write(Files.createTempFile("random", ".bin"), bytes);
    }

    /** Whether the blob store holds these bytes ({@code blobs/sha256/ab/cd/<hash>}). Other tests store blobs at the same time, so counting them would not tell. */
    private static boolean isStored(Path file) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            return Files.exists(TestServices.get().dataDir().resolve("blobs").resolve("sha256")
                    .resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode hit(JsonNode results, String id) {
        for (JsonNode hit : results.get("hits")) {
            if (hit.get("id").asText().equals(id)) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + id + " in " + results);
    }

    private static List<String> values(JsonNode buckets) {
        List<String> values = new ArrayList<>();
        buckets.forEach(bucket -> values.add(bucket.get("value").asText()));
        return values;
    }

    private static String uniqueTag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
