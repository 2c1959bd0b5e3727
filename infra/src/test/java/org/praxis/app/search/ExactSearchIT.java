package org.praxis.app.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.app.support.TaggedFiles;
import org.praxis.command.fixtures.SharedFixtures;
import org.praxis.command.fixtures.WordFiles;

import java.io.IOException;
import java.nio.file.Files;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where people expect search to be exact, and where it tolerates spellings (issue 16): identifiers, joined and
 * hyphenated words, quoted phrases and negations, file names, removed and hidden text in Word files. Every search is
 * limited to this test's tag, and every hit must mark a word that made it match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactSearchIT extends PraxisIT {

    private TaggedFiles files;
    private Api user;

    @BeforeAll
    void uploadTheNotes() throws IOException {
        user = withToken(newUser("exact", "CONTRIBUTOR"));
        files = new TaggedFiles(user, uniqueWord("exact"));
        Map<String, String> notes = new HashMap<>();
        notes.put("hostA.txt", "Firewall rule for host 10.20.30.40 after the upgrade to v2.3.1 closed ticket INC-20417"
                + " on 2024-03-15.");
        notes.put("hostB.txt", "Firewall rule for host 10.20.30.41 after the upgrade to v2.3.2 closed ticket INC-20418"
                + " on 2024-03-16.");
        notes.put("hyphen.txt", "The on-call engineer checks the Wi-Fi access points and answers every e-mail.");
        notes.put("joined.txt", "The oncall rota lists who resets the wifi router and reads the email inbox.");
        notes.put("spaced.txt", "Every e mail about the wi fi goes to the duty phone.");
        notes.put("spacedCall.txt", "Ask the on call nurse before the night shift.");
        notes.put("letter.txt", "Vitamin e tablets are stocked in the first aid kit.");
        notes.put("without.txt", "Nightly backups run without encryption until the audit.");
        notes.put("with.txt", "Nightly backups run with encryption since the audit.");
        notes.put("theEnd.txt", "Payment is due at the end of the month.");
        notes.put("anEnd.txt", "Payment put an end to the dispute this month.");
        notes.put("QuarterlyBudget_review-2025.txt", "Figures for the finance meeting.");
        notes.forEach(files::note);
        files.upload(SharedFixtures.bugReports().resolve("docx_header_footer_notes_comment_tracked.docx"),
                "tracked.docx");
        files.upload(WordFiles.withHiddenText("Loading dock opens at six", "Grimbleshanks", "Ostrowhide",
                Files.createTempDirectory("hidden").resolve("hidden.docx")), "hidden.docx");
        files.awaitIndexed();
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
        assertThat(hits("email")).containsExactlyInAnyOrder("hyphen.txt", "joined.txt", "spaced.txt");
        assertThat(hits("e-mail")).containsExactlyInAnyOrder("hyphen.txt", "joined.txt", "spaced.txt");
        assertThat(hits("wifi")).containsExactlyInAnyOrder("hyphen.txt", "joined.txt", "spaced.txt");
        assertThat(hits("Wi-Fi")).containsExactlyInAnyOrder("hyphen.txt", "joined.txt", "spaced.txt");
        assertThat(hits("wi fi")).contains("hyphen.txt", "joined.txt", "spaced.txt");
        assertThat(hits("oncall")).containsExactlyInAnyOrder("hyphen.txt", "joined.txt", "spacedCall.txt");
        assertThat(hits("on call")).contains("hyphen.txt", "joined.txt", "spacedCall.txt");
        assertThat(hits("on-call")).contains("hyphen.txt", "joined.txt", "spacedCall.txt");
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
            assertThat(hits(word)).as(word).contains("tracked.docx");
        }
    }

    @Test
    void textMarkedHiddenInAWordFileIsNotContent() {
        assertThat(hits("Grimbleshanks")).isEmpty();
        assertThat(hits("Ostrowhide")).isEmpty();
        assertThat(hits("loading dock")).containsExactly("hidden.docx");
        assertThat(files.document("hidden.docx").path("warnings").toString()).contains("hidden");
    }

    private List<String> hits(String query) {
        return files.hits(query);
    }
}
