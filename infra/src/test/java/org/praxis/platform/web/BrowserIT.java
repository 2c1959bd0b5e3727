package org.praxis.platform.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.praxis.app.notification.Reminders;
import org.praxis.app.notification.SavedSearchAlerts;
import org.praxis.app.support.Api;
import org.praxis.app.support.Browser;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The jobs people do in the browser, in real headless Chromium: sign in, upload and find, revise a
 * practice and compare and look back, find experts, administer. With
 * {@code -Dpraxis.screenshots=docs/screenshots} the main pages are saved as images for the README.
 */
class BrowserIT extends PraxisIT {

    private Browser browser;

    @Autowired
    Reminders reminders;

    @Autowired
    SavedSearchAlerts savedSearches;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    /** No page of any walk wrote an error to the console; a refusal the page shows (a 4xx answer) is not one. */
    @AfterEach
    void closeBrowser() {
        try {
            assertThat(browser.consoleErrors()).as("console errors")
                    .noneMatch(error -> !error.contains("the server responded with a status of 4"));
        } finally {
            browser.close();
        }
    }

    @Test
    void a_new_colleague_signs_in_uploads_a_corpus_document_and_finds_it_by_a_phrase_inside() {
        Api ann = newUser("ann", "CONTRIBUTOR");
        browser.signIn(ann.username(), passwordOf(ann.username()));

        browser.open("/upload");
        browser.find(By.id("file")).sendKeys(SharedFixtures.corpus().resolve("testPDF.pdf").toString());
        browser.find(By.id("tags")).sendKeys("toolkit-docs");
        browser.find(By.id("project")).sendKeys("Apollo");
        browser.snap("upload");
        browser.find(By.cssSelector("form[data-file-action] button[type=submit]")).click();
        browser.waitForText(By.id("uploads"), "Indexed");
        browser.snap("upload-done");

        browser.open("/search");
        browser.find(By.id("q")).sendKeys("\"Content Analysis Toolkit\"\n");
        WebElement hit = browser.waitFor(By.cssSelector(".hits li h3 a"));
        assertThat(hit.getText()).isEqualTo("Apache Tika - Apache Tika");
        assertThat(browser.find(By.cssSelector(".hits li .snippet mark")).getText()).containsIgnoringCase("toolkit");
        assertThat(browser.find(By.cssSelector(".facets")).getText()).contains("toolkit-docs", "Apollo", "PDF");
        browser.snap("search");

        hit.click();
        browser.waitFor(By.cssSelector(".preview"));
        assertThat(browser.find(By.cssSelector(".preview")).getText()).contains("Apache Tika");
        // the search's words are marked in the text, with a jump to the first; sizes and types read as words
        assertThat(browser.find(By.cssSelector(".preview mark#first-match")).getText().toLowerCase())
                .isIn("content", "analysis", "toolkit");
        // its pages, drawn in the browser by PDF.js
        browser.waitForText(By.cssSelector("[data-pdf-status]"), "Pages 1 to");
        assertThat(browser.driver().findElements(By.cssSelector(".pdf-pages canvas"))).isNotEmpty();
        browser.find(By.linkText("Jump to the first")).click();
        assertThat(browser.find(By.cssSelector("dl")).getText()).contains("PDF", "34 KB").doesNotContain("application/pdf");
        assertThat(browser.find(By.id("title")).isDisplayed()).as("editing is folded away").isFalse();
        browser.find(By.id("edit-heading")).click();
        assertThat(browser.find(By.id("title")).isDisplayed()).isTrue();
        assertThat(browser.find(By.linkText("Download")).getAttribute("href")).contains("/download");
        assertThat(browser.find(By.cssSelector(".timeline")).getText()).contains("uploaded");
        browser.snap("document");
    }

    @Test
    void an_empty_file_chosen_with_a_good_one_fails_in_its_own_row_with_the_reason() throws IOException {
        Api ann = newUser("ann", "CONTRIBUTOR");
        Path empty = Files.createTempFile("empty", ".txt");
        Path good = Files.writeString(Files.createTempFile("good", ".txt"), "A good note " + uniqueWord("n"));
        browser.signIn(ann.username(), passwordOf(ann.username()));

        browser.open("/upload");
        browser.find(By.id("file")).sendKeys(empty + "\n" + good);
        browser.find(By.cssSelector("form[data-file-action] button[type=submit]")).click();
        browser.waitForText(By.id("uploads"), "Indexed");
        browser.waitFor(By.cssSelector("#uploads li.refused"));

        WebElement refused = browser.find(By.cssSelector("#uploads li.refused"));
        assertThat(refused.getText()).contains(empty.getFileName().toString(), "Failed:", "empty");
        assertThat(browser.driver().findElements(By.cssSelector("#uploads header, #uploads form"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#uploads li"))).hasSize(2);
    }

    @Test
    void a_rebuild_asks_first_and_the_admin_page_says_when_it_is_done() {
        Api admin = newUser("ada", "ADMIN");
        browser.signIn(admin.username(), passwordOf(admin.username()));
        browser.open("/admin");
        By rebuild = By.cssSelector("form[action$='/processors/gaps/rebuild'] button");

        browser.find(rebuild).click();
        Alert question = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).startsWith("Rebuild gaps from every event?");
        question.dismiss();
        assertThat(browser.driver().findElements(By.cssSelector(".notice"))).as("nothing started").isEmpty();

        browser.find(rebuild).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitForText(By.cssSelector(".notice"), "Rebuilding gaps");
        // nothing else changes meanwhile: the table refreshes itself until the rebuild has read every event
        browser.waitForText(By.xpath("//tr[td[1]='gaps']/td[2]"), "running");
    }

    @Test
    void the_audit_lists_the_newest_first_in_words_with_what_each_is_about() {
        Api cora = newUser("cora", "CONTRIBUTOR", "CURATOR", "AUDITOR");
        String title = "Audited practice " + uniqueWord("a");
        String practice = cora.post("/api/practices", Map.of("title", title, "body", "Write it down."))
                .getBody().get("id").asText();
        cora.post("/api/practices/" + practice + "/publish", Map.of());
        browser.signIn(cora.username(), passwordOf(cora.username()));

        browser.open("/audit?actor=" + cora.username());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.audit tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Practice published", title);
        assertThat(rows.get(1).getText()).contains("Practice drafted", title);
        assertThat(rows.get(0).findElement(By.linkText(title)).getAttribute("href")).endsWith("/practices/" + practice);
        assertThat(browser.find(By.cssSelector("[data-zone]")).getText())
                .isEqualTo("(" + browser.script("return Intl.DateTimeFormat().resolvedOptions().timeZone") + ")");

        new Select(browser.find(By.id("type"))).selectByVisibleText("Practice drafted");
        browser.find(By.cssSelector("form[action$='/audit'] button")).click();
        browser.waitForText(By.cssSelector("table.audit"), "Practice drafted");
        assertThat(browser.driver().findElements(By.cssSelector("table.audit tbody tr"))).hasSize(1);
    }

    @Test
    void signed_in_people_try_the_api_in_its_interactive_documentation() {
        browser.open("/swagger-ui.html");
        browser.waitFor(By.id("username"));
        assertThat(browser.driver().getCurrentUrl()).as("signed-in people only").contains("/login");

        Api ann = newUser("ann", "READER");
        browser.find(By.id("username")).sendKeys(ann.username());
        browser.find(By.id("password")).sendKeys(passwordOf(ann.username()));
        browser.find(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(By.cssSelector(".swagger-ui .opblock-summary-path"));
        assertThat(browser.driver().findElements(By.cssSelector(".swagger-ui .opblock-summary-path")))
                .extracting(WebElement::getText).contains("/api/search", "/api/me/password");
    }

    @Test
    void a_lesson_adapts_a_practice_chosen_by_its_title_and_keeps_the_text_when_the_practice_changed_meanwhile() {
        Api cora = newUser("cora", "CONTRIBUTOR", "CURATOR");
        String word = uniqueWord("credential");
        String title = "Rotating " + word + " keys";
        String practice = cora.post("/api/practices", Map.of("title", title, "body", "Rotate every 90 days."))
                .getBody().get("id").asText();
        cora.awaitSearch(word, results -> results.get("total").asInt() > 0);
        String lesson = cora.post("/api/lessons", Map.of("title", "A key leaked " + word, "whatHappened",
                "An old key still worked.", "severity", "HIGH", "failedOn", "2026-11-20")).getBody().get("id").asText();
        browser.signIn(cora.username(), passwordOf(cora.username()));

        browser.open("/lessons/" + lesson);
        browser.find(By.id("practiceQuery")).sendKeys(word);
        browser.waitForText(By.id("practice-choices"), title);
        browser.find(By.xpath("//fieldset[@id='practice-choices']//label[contains(., '" + title + "')]/input")).click();
        browser.find(By.id("a-title")).sendKeys(title);
        browser.find(By.id("a-body")).sendKeys("Rotate every 30 days and revoke the old key at once.");
        browser.find(By.id("a-rationale")).sendKeys("an old key still worked");
        browser.find(By.cssSelector("form[action$='/adaptations'] button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".notice"), "revision 2");
        assertThat(browser.find(By.linkText(title)).getAttribute("href")).endsWith("/practices/" + practice);
        assertThat(browser.find(By.cssSelector(".timeline")).getText()).contains("revised " + title + " to revision 2");

        browser.open("/lessons/" + lesson + "?practiceQuery=" + word);
        browser.find(By.xpath("//fieldset[@id='practice-choices']//label[contains(., '" + title + "')]/input")).click();
        cora.put("/api/practices/" + practice, Map.of("body", "Rotate every 14 days.", "rationale", "meanwhile",
                "expectedRevision", 2));
        browser.find(By.id("a-title")).sendKeys(title);
        browser.find(By.id("a-body")).sendKeys("Revoke within the hour.");
        browser.find(By.id("a-rationale")).sendKeys("faster");
        browser.find(By.cssSelector("form[action$='/adaptations'] button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".notice.error"), "changed meanwhile");
        assertThat(browser.find(By.id("a-body")).getAttribute("value")).isEqualTo("Revoke within the hour.");
        assertThat(browser.find(By.id("a-title")).getAttribute("value")).isEqualTo(title);
    }

    @Test
    void markdown_fields_preview_what_the_page_will_show() {
        Api cora = newUser("cora", "CONTRIBUTOR");
        browser.signIn(cora.username(), passwordOf(cora.username()));
        browser.open("/practices/new");
        browser.find(By.id("body")).sendKeys("Rotate **every** key. <script>alert(1)</script>");
        browser.find(By.cssSelector("button[hx-post$='/markdown/preview']")).click();
        browser.waitForText(By.id("body-preview"), "Rotate every key.");
        assertThat(browser.find(By.cssSelector("#body-preview strong")).getText()).isEqualTo("every");
        assertThat(browser.driver().findElements(By.cssSelector("#body-preview script"))).as("escaped").isEmpty();
        assertThat(browser.find(By.id("body-preview")).getText()).contains("<script>");
    }

    @Test
    void a_revised_practice_shows_what_changed_side_by_side_and_how_it_stood_before() {
        Api curator = newUser("cora", "CONTRIBUTOR", "CURATOR");
        browser.signIn(curator.username(), passwordOf(curator.username()));

        browser.open("/practices/new");
        browser.find(By.id("title")).sendKeys("Store passwords safely");
        browser.find(By.id("body")).sendKeys("Hash passwords with **PBKDF2** and 310,000 iterations.");
        browser.find(By.id("tags")).sendKeys("security");
        browser.find(By.cssSelector("#page form button[type=submit]")).click();
        browser.waitFor(By.id("revise-heading"));
        browser.find(By.cssSelector("form[action$='/publish'] button")).click();
        browser.waitForText(By.cssSelector(".notice"), "Published");

        WebElement body = browser.find(By.id("body"));
        body.clear();
        body.sendKeys("Hash passwords with **Argon2id**; PBKDF2 with 600,000 iterations where Argon2id is missing.");
        browser.find(By.id("rationale")).sendKeys("OWASP raised the bar in 2023");
        browser.find(By.cssSelector("form[action$='/revise'] button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".notice"), "revision 2");
        assertThat(browser.find(By.cssSelector(".markdown strong")).getText()).isEqualTo("Argon2id");

        new Select(browser.find(By.id("from"))).selectByValue("1");
        new Select(browser.find(By.id("to"))).selectByValue("2");
        browser.find(By.cssSelector("form select#to")).submit();
        browser.waitFor(By.id("diff-heading"));
        assertThat(browser.find(By.cssSelector(".diff .removed")).getText()).contains("310,000");
        assertThat(browser.find(By.cssSelector(".diff .added")).getText()).contains("Argon2id", "600,000");
        assertThat(browser.find(By.cssSelector(".timeline")).getText())
                .contains("because OWASP raised the bar in 2023", "published");
        browser.snap("practice-diff");

        browser.script("document.getElementById('asOf').value = '" + LocalDate.now().minusDays(1) + "'");
        browser.find(By.cssSelector("form input#asOf")).submit();
        browser.waitForText(By.cssSelector(".notice.error"), "drafted later");
    }

    @Test
    void a_colleagues_proposal_is_approved_by_a_second_curator_from_the_review_queue() {
        Api cora = newUser("cora", "CONTRIBUTOR", "CURATOR");
        Api carl = newUser("carl", "CURATOR");
        Api bob = newUser("bob", "CONTRIBUTOR");
        String title = "Back up before migrations " + uniqueWord("t");
        String practice = cora.post("/api/practices", Map.of("title", title, "body", "Take a backup first."))
                .getBody().get("id").asText();
        cora.post("/api/practices/" + practice + "/publish", Map.of());

        browser.signIn(bob.username(), passwordOf(bob.username()));
        browser.open("/practices/" + practice);
        assertThat(browser.waitFor(By.id("revise-heading")).getText()).isEqualTo("Propose a revision");
        WebElement body = browser.find(By.id("body"));
        body.clear();
        body.sendKeys("Take a backup first and **restore it** on a test server.");
        browser.find(By.id("rationale")).sendKeys("last backup could not be restored");
        browser.find(By.cssSelector("form[action$='/revise'] button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".notice"), "Proposed for review as proposal 1");
        assertThat(browser.find(By.cssSelector(".markdown")).getText()).isEqualTo("Take a backup first.");

        try (Browser curator = new Browser("http://localhost:" + port)) {
            curator.signIn(carl.username(), passwordOf(carl.username()));
            curator.open("/proposals");
            curator.waitForText(By.cssSelector("#page table"), title);
            curator.find(By.xpath("//tr[td/a[text()='" + title + "']]//a[contains(@href, 'proposal=1')]")).click();
            curator.waitFor(By.id("proposal-heading"));
            assertThat(curator.find(By.cssSelector(".diff .added")).getText()).contains("restore it");
            curator.snap("proposal-review");
            curator.find(By.cssSelector("form[action$='/proposals/1/approve'] button")).click();
            curator.waitForText(By.cssSelector(".notice"), "proposal 1 is revision 2");
            assertThat(curator.find(By.cssSelector(".markdown strong")).getText()).isEqualTo("restore it");
            assertThat(curator.find(By.cssSelector(".timeline")).getText())
                    .contains("approved proposal 1 by " + bob.username());
        }
    }

    @Test
    void a_mention_in_a_comment_rings_the_colleagues_bell_and_leads_to_the_thread() {
        Api ann = newUser("ann", "CONTRIBUTOR");
        Api bob = newUser("bob", "READER");
        String title = "Deploy in pairs " + uniqueWord("t");
        String practice = ann.post("/api/practices", Map.of("title", title, "body", "Two people deploy."))
                .getBody().get("id").asText();

        browser.signIn(ann.username(), passwordOf(ann.username()));
        browser.open("/practices/" + practice);
        assertThat(browser.waitFor(By.cssSelector("#discussion form[action$='/watch'] button")).getText())
                .as("an author watches what she wrote").isEqualTo("Stop watching");
        browser.find(By.id("comment-text")).sendKeys("Does this hold at **night**, @" + bob.username() + "?");
        browser.find(By.cssSelector("#discussion form[action$='/comments'] button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".notice"), "Comment posted");
        assertThat(browser.find(By.cssSelector("#discussion .comment-text strong")).getText()).isEqualTo("night");

        try (Browser colleague = new Browser("http://localhost:" + port)) {
            colleague.signIn(bob.username(), passwordOf(bob.username()));
            colleague.open("/search");
            assertThat(colleague.waitFor(By.id("unread")).getText()).isEqualTo("1");
            colleague.find(By.cssSelector("a.bell")).click();
            colleague.waitForText(By.cssSelector(".notifications"), "mentioned you");
            colleague.snap("notifications");
            colleague.find(By.linkText(title)).click();
            colleague.waitFor(By.id("discussion"));
            assertThat(colleague.driver().findElements(By.id("unread"))).as("following a notification reads it").isEmpty();
            colleague.find(By.cssSelector("#discussion details summary")).click();
            String said = uniqueWord("buddy");
            colleague.find(By.cssSelector("#discussion details textarea"))
                    .sendKeys("Yes, with a second person on call, the " + said + " rota.");
            colleague.find(By.cssSelector("#discussion details button")).click();
            colleague.waitForText(By.cssSelector(".notice"), "Reply posted");
            assertThat(colleague.find(By.cssSelector("#discussion .comments .comments")).getText())
                    .contains(bob.username(), "second person on call");
            colleague.snap("discussion");

            // what is said about the practice finds it, with the comment shown under the result
            bob.awaitSearch(said, results -> results.get("total").asInt() == 1);
            colleague.open("/search?q=" + said);
            assertThat(colleague.waitFor(By.cssSelector(".snippet.discussion")).getText())
                    .contains("In the discussion", said);
            assertThat(colleague.find(By.cssSelector(".hits h3 a")).getText()).isEqualTo(title);
        }

        browser.open("/practices/" + practice);
        assertThat(browser.waitFor(By.id("unread")).getText()).as("the author hears of the reply").isEqualTo("1");
    }

    @Test
    void a_practice_whose_verification_runs_out_reminds_its_author() {
        Api ann = newUser("ann", "CONTRIBUTOR");
        Api cora = newUser("cora", "CURATOR");
        String title = "Rotate on-call weekly " + uniqueWord("t");
        String practice = ann.post("/api/practices", Map.of("title", title, "body", "A new person each Monday."))
                .getBody().get("id").asText();
        cora.post("/api/practices/" + practice + "/publish", Map.of());
        cora.post("/api/practices/" + practice + "/verify", Map.of("validDays", 5));
        await().atMost(Duration.ofMinutes(1)).until(() -> { // the practices index follows the verification
            reminders.remindAt(Instant.now());
            return ann.get("/api/me/notifications").getBody().toString().contains("VERIFICATION_ENDING");
        });

        browser.signIn(ann.username(), passwordOf(ann.username()));
        browser.open("/notifications");
        browser.waitForText(By.cssSelector(".notifications"), "verification ends soon");
        assertThat(browser.find(By.cssSelector(".notifications")).getText())
                .contains("the verification of '" + title + "' runs out on");
        browser.find(By.linkText(title)).click();
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(title);
    }

    @Test
    void a_search_saved_from_the_search_page_tells_of_a_new_result() throws IOException {
        String word = uniqueWord("glaze");
        Api reader = newUser("rita", "READER");
        Api author = newUser("sam", "CONTRIBUTOR");
        browser.signIn(reader.username(), passwordOf(reader.username()));
        browser.open("/search?q=" + word);
        browser.waitFor(By.id("saved-name")).clear();
        browser.find(By.id("saved-name")).sendKeys("Glaze recipes");
        browser.find(By.cssSelector("form[action$='/saved-searches'] button")).click();
        browser.waitForText(By.cssSelector(".notice"), "Saved 'Glaze recipes'");

        String id = author.upload(Files.writeString(Files.createTempFile("glaze", ".txt"), "The " + word
                + " recipe for stoneware."), "glaze.txt", Map.of()).getBody().get("id").asText();
        author.awaitSearch(word, results -> results.get("total").asInt() == 1);
        savedSearches.checkAt(Instant.now());

        browser.open("/notifications");
        browser.waitForText(By.cssSelector(".notifications"), "new for a saved search");
        assertThat(browser.find(By.id("saved-searches")).getText()).contains("Glaze recipes", "tells you of new results");
        browser.find(By.cssSelector(".notifications a")).click();
        browser.waitFor(By.id("discussion"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/documents/" + id);
    }

    @Test
    void experts_are_listed_with_their_evidence_as_links() throws IOException {
        String topic = "zephyrine" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        Api expert = newUser("erin", "CONTRIBUTOR");
        Path note = Files.writeString(Files.createTempFile("topic", ".txt"),
                "Notes on " + topic + " calibration: how we tuned the " + topic + " sensors.");
        String id = expert.upload(note, "calibration.txt", Map.of("title", topic + " calibration")).getBody()
                .get("id").asText();
        expert.awaitSearch(topic, r -> r.get("hits").findValuesAsText("status").contains("INDEXED"));
        Api asker = newUser("asker", "READER");
        browser.signIn(asker.username(), passwordOf(asker.username()));

        browser.open("/experts?q=" + topic);
        WebElement first = browser.waitFor(By.cssSelector(".hits li"));

        assertThat(first.findElement(By.tagName("h3")).getText()).isEqualTo(expert.username());
        assertThat(first.findElement(By.cssSelector("ul a")).getAttribute("href")).endsWith("/documents/" + id);
        browser.snap("experts");
    }

    @Test
    void names_and_metadata_from_hostile_files_are_shown_as_text_never_run() {
        Api mallory = newUser("mallory", "CONTRIBUTOR");
        String hostileName = "\"><img src=x onerror=alert(1)>.pdf";
        String id = mallory.upload(SharedFixtures.hostile().resolve("xss_in_metadata.pdf"), hostileName, Map.of())
                .getBody().get("id").asText();
        mallory.awaitDocument(id, d -> !d.get("status").asText().equals("PROCESSING"));
        browser.signIn(mallory.username(), passwordOf(mallory.username()));

        browser.open("/documents/" + id);
        browser.waitFor(By.tagName("h1"));

        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.find(By.cssSelector(".card table")).getText()).contains(hostileName);
        assertThat(browser.script("return document.querySelectorAll('#page script, #page img[onerror]').length"))
                .isEqualTo(0L);
    }

    @Test
    void every_page_fits_a_phone_labels_every_field_and_loads_without_a_console_error() throws IOException {
        Api admin = newUser("ada", "ADMIN", "CONTRIBUTOR", "CURATOR", "AUDITOR");
        String document = admin.upload(Files.writeString(Files.createTempFile("page", ".txt"), "A page to read."),
                "page.txt", Map.of()).getBody().get("id").asText();
        String image = admin.upload(SharedFixtures.corpus().resolve("testJPEG_EXIF.jpg"), "photo.jpg", Map.of())
                .getBody().get("id").asText();
        String practice = admin.post("/api/practices", Map.of("title", "Pages " + uniqueWord("p"),
                "body", "Every page loads cleanly.")).getBody().get("id").asText();
        String lesson = admin.post("/api/lessons", Map.of("title", "A page broke " + uniqueWord("l"),
                "whatHappened", "The admin page showed console errors.", "severity", "LOW", "failedOn", "2026-11-01"))
                .getBody().get("id").asText();
        browser.open("/login");
        browser.waitFor(By.id("username"));
        assertThat(browser.consoleErrors()).as("console errors on /login").isEmpty();
        browser.signIn(admin.username(), passwordOf(admin.username()));
        browser.resize(375, 800);

        for (String path : List.of("/search?q=plan", "/search", "/upload", "/practices", "/practices/new",
                "/practices/" + practice, "/lessons", "/lessons/new", "/lessons/" + lesson, "/documents/" + document,
                "/experts?q=plan", "/me", "/people/" + admin.username(), "/notifications", "/audit", "/admin",
                "/proposals", "/documents/" + image)) {
            browser.open(path);
            browser.waitFor(By.id("content"));
            assertThat(browser.consoleErrors()).as("console errors on %s", path).isEmpty();
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s fits 375 px", path).isEqualTo(true);
            assertThat(browser.script("return Array.from(document.querySelectorAll("
                    + "'input:not([type=hidden]):not([type=submit]), select, textarea'))"
                    + ".filter(field => field.labels.length === 0 && !field.getAttribute('aria-label'))"
                    + ".map(field => field.name)")).as("fields without a label on %s", path).isEqualTo(List.of());
        }
        browser.open("/search");
        assertThat(browser.waitFor(By.cssSelector("[aria-labelledby=results-heading]")).getRect().getY())
                .as("on a phone the results come before the filters")
                .isLessThan(browser.find(By.cssSelector("aside.facets")).getRect().getY());
        assertThat(browser.find(By.cssSelector(".facets ul")).isDisplayed()).as("filters folded").isFalse();
        browser.find(By.cssSelector("details.filters summary")).click();
        assertThat(browser.find(By.cssSelector(".facets ul")).isDisplayed()).isTrue();
        browser.open("/documents/" + image);
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(browser.script(
                "return document.querySelector('img.shown').complete && document.querySelector('img.shown').naturalWidth > 0")));
        browser.resize(1280, 900);
        browser.open("/audit");
        browser.snap("audit");
        browser.open("/admin");
        browser.snap("admin");
    }
}
