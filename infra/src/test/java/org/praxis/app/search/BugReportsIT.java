package org.praxis.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.apache.tika.Tika;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.app.support.TaggedFiles;
import org.praxis.command.fixtures.SharedFixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases of {@code shared/bugreports/manifest.tsv}. A search row uploads a file under a name, searches (and
 * may ask for completions) and expects the file found or not found, as the row's answer says; every hit must
 * mark a word that made it match ({@link TaggedFiles}). All files of the manifest are uploaded once, under a tag of this test, and
 * every search is limited to that tag. A row "GET … until INDEXED" checks that search agrees with the API at
 * once, after the upload is confirmed and after it is archived.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BugReportsIT extends PraxisIT {

    /** A search row: the file as uploaded, what is searched, the completion asked for (or null), whether it is a hit. */
    record SearchCase(String uploadedAs, String query, String suggestPrefix, boolean found, String answer) {
        @Override
        public String toString() {
            return uploadedAs + " | " + query + " | " + answer;
        }
    }

    private TaggedFiles files;
    private Api user;

    @BeforeAll
    void uploadEveryFileOfTheManifest() {
        user = withToken(newUser("reporter", "CONTRIBUTOR"));
        files = new TaggedFiles(user, uniqueWord("bugreports"));
        rows().forEach(row -> files.upload(SharedFixtures.bugReports().resolve(row[0]), row[1]));
        files.awaitIndexed();
    }

    static Stream<SearchCase> searches() {
        List<SearchCase> cases = new ArrayList<>();
        for (String[] row : rows()) {
            if (!row[2].startsWith("search: ")) {
                continue;
            }
            String[] parts = row[2].substring("search: ".length()).split(";\\s*suggest prefix=");
            boolean found = !(row[3].startsWith("no hit") || row[3].startsWith("not a hit"));
            cases.add(new SearchCase(row[1], parts[0].strip(), parts.length > 1 ? parts[1].strip() : null, found,
                    row[3]));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void eachSearchOfTheManifestFindsWhatItsAnswerSays(SearchCase row) {
        List<String> hits = files.hits(row.query());
        if (row.found()) {
            assertThat(hits).as("hits for %s", row.query()).contains(row.uploadedAs());
        } else {
            assertThat(hits).as("hits for %s", row.query()).doesNotContain(row.uploadedAs());
        }
        if (row.suggestPrefix() != null) {
            String title = files.document(row.uploadedAs()).path("title").asText();
            JsonNode suggestions = user.get("/api/search/suggest?prefix={p}", row.suggestPrefix()).getBody();
            assertThat(suggestions.toString()).as("completions of %s", row.suggestPrefix()).contains(title);
        }
    }

    static Stream<String[]> sameBytesAgain() {
        return rows().stream().filter(row -> row[2].startsWith("upload the same bytes"));
    }

    /**
     * Rows "upload the same bytes a second time": the answer names the document already holding them (201 with
     * {@code sameAs} and a warning), and search lists the two copies once.
     */
    @ParameterizedTest(name = "{1}")
    @MethodSource("sameBytesAgain")
    void theSameBytesUploadedAgainNameTheDocumentHoldingThemAndAreListedOnce(String file, String uploadAs)
            throws Exception {
        String copy = "again-" + uploadAs;
        JsonNode again = files.uploadAnswer(SharedFixtures.bugReports().resolve(file), copy);
        assertThat(again.path("sameAs").findValuesAsText("id")).contains(files.id(uploadAs));
        assertThat(again.path("warnings").toString()).contains(files.document(uploadAs).path("title").asText());
        files.awaitIndexed();

        String word = firstLongWord(new Tika().parseToString(SharedFixtures.bugReports().resolve(file)));
        List<String> hits = files.hits(word);
        assertThat(hits).as("hits for %s", word).containsAnyOf(uploadAs, copy);
        assertThat(hits.stream().filter(hit -> hit.equals(uploadAs) || hit.equals(copy))).hasSize(1);
    }

    static Stream<String[]> confirmations() {
        return rows().stream().filter(row -> row[2].startsWith("GET /api/documents/"));
    }

    /** Rows "GET until INDEXED, then at once search; after DELETE, at once no longer a hit", for a word of the file. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("confirmations")
    void whatTheApiConfirmsTheVeryNextSearchShows(String file, String uploadAs) throws Exception {
        String word = firstLongWord(new Tika().parseToString(SharedFixtures.bugReports().resolve(file)));
        TaggedFiles confirmed = new TaggedFiles(user, uniqueWord("confirmed"));
        String id = confirmed.upload(SharedFixtures.bugReports().resolve(file), uploadAs);
        confirmed.awaitIndexed();
        assertThat(confirmed.hits(word)).as("found by %s", word).containsExactly(uploadAs);

        assertThat(user.delete("/api/documents/" + id).getStatusCode().value()).isEqualTo(204);
        assertThat(confirmed.hits(word)).isEmpty();
    }

    private static String firstLongWord(String text) {
        Matcher word = Pattern.compile("\\p{L}{6,}").matcher(text);
        assertThat(word.find()).as("the file has a word to search for").isTrue();
        return word.group();
    }

    /** The manifest's rows without its header: file, upload_as, query_or_action, right_answer, kind. */
    static List<String[]> rows() {
        try {
            return Files.readAllLines(SharedFixtures.bugReports().resolve("manifest.tsv")).stream().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
