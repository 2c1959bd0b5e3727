package org.praxis.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where people expect search to be exact, and where it tolerates spellings (issue 16): identifiers, joined and
 * hyphenated words, quoted phrases and negations, file names, removed text in Word files. Every search is
 * limited to this test's tag, and every hit must mark a word that made it match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactSearchIT extends PraxisIT {

    private final String tag = uniqueWord("exact");
    private final Map<String, String> ids = new HashMap<>();
    private Api user;

    @BeforeAll
    void uploadTheNotes() {
        user = withToken(newUser("exact", "CONTRIBUTOR"));
        Map<String, String> notes = new HashMap<>();
        notes.put("hostA.txt", "Firewall rule for host 10.20.30.40 after the upgrade to v2.3.1 closed ticket INC-20417"
                + " on 2024-03-15.");
        notes.put("hostB.txt", "Firewall rule for host 10.20.30.41 after the upgrade to v2.3.2 closed ticket INC-20418"
                + " on 2024-03-16.");
        notes.put("hyphen.txt", "The on-call engineer checks the Wi-Fi access points and answers every e-mail.");
        notes.put("joined.txt", "The oncall rota lists who resets the wifi router and reads the email inbox.");
        notes.put("spaced.txt", "Every e mail about the wi fi goes to the duty phone.");
        notes.put("letter.txt", "Vitamin e tablets are stocked in the first aid kit.");
        notes.put("without.txt", "Nightly backups run without encryption until the audit.");
        notes.put("with.txt", "Nightly backups run with encryption since the audit.");
        notes.put("theEnd.txt", "Payment is due at the end of the month.");
        notes.put("anEnd.txt", "Payment put an end to the dispute this month.");
        notes.put("QuarterlyBudget_review-2025.txt", "Figures for the finance meeting.");
        notes.forEach((name, text) -> ids.put(name, upload(write(name, text), name)));
        ids.put("tracked.docx", upload(SharedFixtures.bugReports()
                .resolve("docx_header_footer_notes_comment_tracked.docx"), "tracked.docx"));
        ids.values().forEach(id -> user.awaitDocument(id, document -> "INDEXED".equals(
                document.path("status").asText())));
    }

    @Test
    void identifiersMatchOnlyThemselvesNeverAFragmentOrATypoAway() {
        assertThat(hits("10.20.30.41")).containsExactly("hostB.txt");
        assertThat(hits("v2.3.2")).containsExactly("hostB.txt");
        assertThat(hits("INC-20418")).containsExactly("hostB.txt");
        assertThat(hits("inc20418")).containsExactly("hostB.txt");
        assertThat(hits("2024-03-16")).containsExactly("hostB.txt");
        assertThat(hits("10.20.30.42")).isEmpty();
        assertThat(hits("INC-20419")).isEmpty();
        assertThat(hits("v2.3.3")).isEmpty();
    }

    @Test
    void hyphenatedJoinedAndSpacedSpellingsMeet() {
        assertThat(hits("email")).containsExactlyInAnyOrder("hyphen.txt", "joined.txt");
        assertThat(hits("e-mail")).containsExactlyInAnyOrder("hyphen.txt", "joined.txt", "spaced.txt");
        assertThat(hits("wifi")).containsExactlyInAnyOrder("hyphen.txt", "joined.txt");
        assertThat(hits("Wi-Fi")).containsExactlyInAnyOrder("hyphen.txt", "joined.txt", "spaced.txt");
        assertThat(hits("wi fi")).contains("hyphen.txt", "joined.txt", "spaced.txt");
        assertThat(hits("oncall")).containsExactlyInAnyOrder("hyphen.txt", "joined.txt");
        assertThat(hits("on call")).contains("hyphen.txt", "joined.txt");
    }

    @Test
    void aLetterLeftFromSplittingNeverMatchesAlone() {
        assertThat(hits("e-mail")).doesNotContain("letter.txt");
        assertThat(hits("e-commerce")).isEmpty();
    }

    @Test
    void quotedPhrasesAreExactStopWordsAndNegationsIncluded() {
        assertThat(hits("\"without encryption\"")).containsExactly("without.txt");
        assertThat(hits("\"with encryption\"")).containsExactly("with.txt");
        assertThat(hits("\"the end\"")).containsExactly("theEnd.txt");
        assertThat(hits("\"an end\"")).containsExactly("anEnd.txt");
    }

    @Test
    void aNegationTypedWithoutQuotesStillCounts() {
        assertThat(hits("backups without encryption").get(0)).isEqualTo("without.txt");
    }

    @Test
    void aFileIsFoundAndSuggestedByTheWordsOfItsName() {
        assertThat(hits("budget")).containsExactly("QuarterlyBudget_review-2025.txt");
        assertThat(hits("quarterly budget review")).containsExactly("QuarterlyBudget_review-2025.txt");
        assertThat(hits("txt")).isEmpty();
        assertThat(user.get("/api/search/suggest?prefix={p}", "quarterlybudget").getBody().toString())
                .contains("QuarterlyBudget_review-2025.txt");
    }

    @Test
    void removedTextOfAWordFileIsNotContentItsNotesAndMarginsAre() {
        assertThat(hits("Quondamfreight")).isEmpty();
        for (String word : List.of("Brightway", "Marwick", "QX4471", "Zentrix", "Sprokholm", "Tallowmere")) {
            assertThat(hits(word)).as(word).containsExactly("tracked.docx");
        }
    }

    /** The names of the files found, best first; each hit must mark what made it match. */
    private List<String> hits(String query) {
        JsonNode results = user.get("/api/search?q={q}&tag={t}&size=50", query, tag).getBody();
        List<String> names = new ArrayList<>();
        results.path("hits").forEach(hit -> {
            String id = hit.path("id").asText();
            names.add(ids.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey());
            assertThat(hit.path("highlights").toString()).as("%s marks what matched %s", names.get(names.size() - 1),
                    query).contains("<mark>");
        });
        return names;
    }

    private String upload(Path file, String name) {
        return user.upload(file, name, Map.of("tags", tag)).getBody().get("id").asText();
    }

    private static Path write(String name, String text) {
        try {
            Path folder = Files.createTempDirectory("exact");
            return Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
