package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading bytes a document already holds is answered 201 with that document named ({@code sameAs}, and a
 * warning in words), for new documents and new versions, and only when the uploader may see it; search lists
 * identical copies once.
 */
class DuplicateUploadsIT extends PraxisIT {

    @Test
    void theSameBytesAgainAreNamedAtOnceEvenUnderAnotherName() throws IOException {
        Api uploader = newUser("uploader", "CONTRIBUTOR");
        Path file = copyOf(SharedFixtures.bugReports().resolve("duplicate_same_bytes.txt"));
        String first = uploader.upload(file, "fire-drill.txt", Map.of()).getBody().get("id").asText();

        ResponseEntity<JsonNode> again = uploader.upload(file, "checklist.txt", Map.of());

        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(ids(again.getBody().path("sameAs"))).containsExactly(first);
        assertThat(again.getBody().path("sameAs").get(0).path("href").asText()).isEqualTo("/api/documents/" + first);
        assertThat(again.getBody().path("warnings").toString()).contains("fire-drill.txt");
    }

    @Test
    void aDocumentTheUploaderMayNotSeeIsNeverNamed() throws IOException {
        Api owner = newUser("owner", "CONTRIBUTOR");
        Api colleague = newUser("colleague", "CONTRIBUTOR");
        Path file = note("the " + uniqueWord("salary") + " bands of next year");
        String hidden = owner.upload(file, "bands.txt", Map.of("visibility", "PRIVATE")).getBody().get("id").asText();
        owner.awaitDocument(hidden, d -> "INDEXED".equals(d.path("status").asText()));

        JsonNode answer = colleague.upload(file, "bands-copy.txt", Map.of()).getBody();

        assertThat(answer.has("sameAs")).isFalse();
        assertThat(answer.toString()).doesNotContain(hidden, "bands.txt");
        String open = answer.get("id").asText();
        assertThat(ids(owner.upload(file, "third.txt", Map.of()).getBody().path("sameAs")))
                .containsExactlyInAnyOrder(hidden, open);
    }

    @Test
    void aNewVersionWithTheBytesOfAnotherDocumentNamesIt() throws IOException {
        Api uploader = newUser("versions", "CONTRIBUTOR");
        Path shared = note("gate " + uniqueWord("gate") + " is locked at ten");
        String original = uploader.upload(shared, "gate.txt", Map.of()).getBody().get("id").asText();
        String other = uploader.upload(note("a first draft"), "draft.txt", Map.of()).getBody().get("id").asText();

        JsonNode version = uploader.uploadVersion(other, shared).getBody();

        assertThat(ids(version.path("sameAs"))).containsExactly(original);
    }

    @Test
    void searchListsIdenticalCopiesOnceEachViewerSeeingACopyTheyMaySee() throws IOException {
        Api owner = newUser("copies", "CONTRIBUTOR");
        Api colleague = newUser("neighbour", "CONTRIBUTOR");
        String word = uniqueWord("muster");
        Path file = note("assemble at the " + word + " yard when the alarm sounds");
        String first = indexed(owner, owner.upload(file, "muster.txt", Map.of("visibility", "PRIVATE")));
        String second = indexed(owner, owner.upload(file, "muster-copy.txt", Map.of("visibility", "PRIVATE")));
        String theirs = indexed(colleague, colleague.upload(file, "muster.txt", Map.of("visibility", "PRIVATE")));

        JsonNode results = owner.search(word);
        assertThat(ids(results.path("hits"))).hasSize(1).containsAnyOf(first, second);
        assertThat(results.path("total").asLong()).isEqualTo(1);
        assertThat(ids(colleague.search(word).path("hits"))).containsExactly(theirs);

        String listed = ids(results.path("hits")).get(0);
        assertThat(owner.delete("/api/documents/" + listed).getStatusCode().value()).isEqualTo(204);
        assertThat(ids(owner.search(word).path("hits"))).containsExactly(listed.equals(first) ? second : first);
    }

    private static String indexed(Api uploader, ResponseEntity<JsonNode> upload) {
        String id = upload.getBody().get("id").asText();
        uploader.awaitDocument(id, d -> "INDEXED".equals(d.path("status").asText()));
        return id;
    }

    /** The ids of {@code sameAs} entries or of search hits. */
    private static List<String> ids(JsonNode sameAs) {
        List<String> ids = new ArrayList<>();
        sameAs.forEach(copy -> ids.add(copy.path("id").asText()));
        return ids;
    }

    private static Path copyOf(Path file) throws IOException {
        return Files.copy(file, Files.createTempDirectory("copy").resolve(file.getFileName()));
    }
}
