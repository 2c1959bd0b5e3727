package org.praxis.app.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.query.person.PersonNames;
import org.springframework.http.HttpStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.assertProblem;

/**
 * Expertise from who wrote things, not who uploaded them: an importer's files credit the authors they name,
 * who are people known from documents until an account claims their name (by a spelling or an e-mail address on
 * its profile, or by an admin's merge); opting out and visibility apply to them too.
 */
class ExpertiseFromAuthorshipIT extends PraxisIT {

    @Test
    void theAuthorsFilesNameAreTheExpertsAndAnAccountClaimsThem() throws Exception {
        String topic = uniqueWord("keyrotation");
        String surname = uniqueWord("Hopper");
        String grace = "Grace " + surname;
        String alanMail = uniqueWord("alan") + "@corp.example";
        String alan = "Alan " + uniqueWord("T") + " <" + alanMail + ">";
        Api importer = newUser("importer", "CONTRIBUTOR");
        Api asker = newUser("asker", "READER");
        upload(importer, "rotation.html", "Rotating " + topic + " every quarter",
                topic + " rotation runbook: rotate the " + topic + " and revoke the old " + topic + ".", grace);
        upload(importer, "rotation-faq.html", "The " + topic + " FAQ", "Why " + topic + " rotation matters for every "
                + topic + ".", surname + ", G.; " + grace);
        upload(importer, "minutes.html", "Minutes", "Many things were discussed; " + topic + " once.",
                alan);
        importer.awaitSearch(topic, r -> r.get("total").asInt() == 3);
        String graceId = PersonNames.knownFromDocuments(grace).orElseThrow();

        JsonNode experts = asker.getUntil("/api/experts?q=" + topic, list -> ids(list).contains(graceId));

        assertThat(ids(experts).get(0)).as("the author of the two best matches, not the importer").isEqualTo(graceId);
        JsonNode first = experts.get(0);
        assertThat(first.get("person").get("account").asBoolean()).isFalse();
        assertThat(first.get("person").get("name").asText()).isEqualTo(grace);
        assertThat(first.get("explanation").asText()).startsWith("wrote “");
        assertThat(first.get("evidence").get(0).get("role").asText()).isEqualTo("wrote");
        int importerRank = ids(experts).indexOf(importer.username());
        assertThat(importerRank).as("an importer is not an author").isNotZero();
        if (importerRank > 0) {
            assertThat(experts.get(importerRank).get("explanation").asText()).startsWith("uploaded “");
        }
        JsonNode known = asker.get("/api/people/known-from-documents").getBody();
        assertThat(entry(known, graceId).get("documents").asInt()).isEqualTo(2);
        String alanId = PersonNames.knownFromDocuments(alan).orElseThrow();
        assertThat(entry(known, alanId).get("name").asText()).isEqualTo(alan);

        Api account = newUser("grace", "CONTRIBUTOR");
        assertThat(account.put("/api/people/me/names", Map.of("names", List.of(surname + ", Grace"),
                "emails", List.of())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode claimed = asker.getUntil("/api/experts?q=" + topic, list -> !ids(list).contains(graceId));
        assertThat(ids(claimed).get(0)).isEqualTo(account.username());
        assertThat(claimed.get(0).get("person").get("account").asBoolean()).isTrue();
        assertThat(ids(asker.get("/api/people/known-from-documents").getBody())).doesNotContain(graceId);

        Api alanAccount = newUser("alan", "READER");
        alanAccount.put("/api/people/me/names", Map.of("names", List.of(), "emails", List.of(alanMail.toUpperCase())));
        asker.getUntil("/api/experts?q=" + topic, list -> ids(list).contains(alanAccount.username())
                && !ids(list).contains(alanId));

        alanAccount.put("/api/people/me/expertise", Map.of("visible", false));
        JsonNode optedOut = asker.getUntil("/api/experts?q=" + topic,
                list -> !ids(list).contains(alanAccount.username()));
        assertThat(ids(optedOut)).as("opting out covers the name the account claimed").doesNotContain(alanId);
        assertProblem(alanAccount.put("/api/people/me/names", Map.of("emails", List.of("alan at corp"))),
                HttpStatus.BAD_REQUEST, "not an e-mail address");
    }

    @Test
    void anAdminMergesANameFromDocumentsOrASecondAccountIntoAPerson() throws Exception {
        String topic = uniqueWord("tariff");
        String written = "Ada " + uniqueWord("Byron");
        Api importer = newUser("importer", "CONTRIBUTOR");
        Api ada = newUser("ada", "CONTRIBUTOR");
        Api secondAccount = newUser("ada", "CONTRIBUTOR");
        upload(importer, "tariffs.html", "The " + topic + " tables", topic + " tables for " + topic + " export.",
                written, Map.of("tags", topic));
        secondAccount.post("/api/practices", Map.of("title", "Check the " + topic,
                "body", "Check every " + topic + "."));
        importer.awaitSearch(topic, r -> r.get("total").asInt() == 2);
        String writtenId = PersonNames.knownFromDocuments(written).orElseThrow();
        ada.getUntil("/api/experts?q=" + topic, list -> ids(list).containsAll(List.of(writtenId,
                secondAccount.username())));
        assertThat(ids(ada.get("/api/experts?q={q}&tag={t}", topic, topic).getBody()))
                .as("judged by the tagged items only").containsExactly(writtenId, importer.username());

        assertThat(admin().post("/api/admin/people/merges", Map.of("from", writtenId, "into", ada.username()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin().post("/api/admin/people/merges", Map.of("from", secondAccount.username(),
                "into", ada.username())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode merged = ada.getUntil("/api/experts?q=" + topic, list -> ids(list).size() >= 1
                && ids(list).get(0).equals(ada.username()) && list.get(0).get("evidence").size() == 2);
        assertThat(ids(merged)).doesNotContain(writtenId, secondAccount.username());
        assertThat(merged.get(0).get("explanation").asText()).contains("wrote “");
        assertProblem(admin().post("/api/admin/people/merges", Map.of("from", writtenId, "into", "nobody-at-all")),
                HttpStatus.NOT_FOUND, "nobody-at-all");
        assertProblem(admin().post("/api/admin/people/merges", Map.of("from", secondAccount.username(),
                "into", ada.username())), HttpStatus.CONFLICT, "was merged into " + ada.username());
        assertThat(ada.post("/api/admin/people/merges", Map.of("from", writtenId, "into", ada.username()))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void everyoneKnownFromDocumentsIsListedNotOnlyTheFirstThousand() throws Exception {
        String family = uniqueWord("Zed");
        String topic = uniqueWord("census");
        Api importer = newUser("importer", "CONTRIBUTOR");
        List<String> written = new ArrayList<>();
        for (int file = 0; file < 52; file++) {
            List<String> authors = new ArrayList<>();
            for (int author = 0; author < 20; author++) {
                authors.add(family + " " + letters(file * 20 + author));
            }
            written.addAll(authors);
            Path html = Files.createTempFile("census", ".html");
            Files.writeString(html, "<html><head>" + authors.stream()
                    .map(author -> "<meta name=\"author\" content=\"" + author + "\">").reduce("", String::concat)
                    + "</head><body><p>" + topic + " sheet " + file + "</p></body></html>");
            assertThat(importer.upload(html, "census-" + file + ".html", Map.of()).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        importer.awaitSearch(topic, r -> r.get("total").asInt() == 52);

        List<String> listed = new ArrayList<>();
        importer.get("/api/people/known-from-documents").getBody().forEach(person -> {
            if (person.get("name").asText().startsWith(family)) {
                listed.add(person.get("name").asText());
            }
        });

        assertThat(listed).as("all %d names, past the first page of 1,000", written.size())
                .containsExactlyInAnyOrderElementsOf(written);
    }

    /** A word of letters only that stands for a number (0 → "a", 27 → "bb"), so that every name has its own key. */
    private static String letters(int number) {
        StringBuilder word = new StringBuilder();
        int rest = number;
        do {
            word.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return word.toString();
    }

    /** Uploads an HTML file whose metadata names its authors, as an office file or a web page would. */
    private static void upload(Api uploader, String fileName, String title, String text, String authors)
            throws Exception {
        upload(uploader, fileName, title, text, authors, Map.of());
    }

    private static void upload(Api uploader, String fileName, String title, String text, String authors,
                               Map<String, String> fields) throws Exception {
        Path file = Files.createTempFile("authored", ".html");
        Files.writeString(file, "<html><head><title>" + title + "</title><meta name=\"author\" content=\"" + authors
                + "\"></head><body><p>" + text + "</p></body></html>");
        assertThat(uploader.upload(file, fileName, fields).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static JsonNode entry(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(item -> ids.add(item.has("person") ? item.get("person").get("id").asText()
                    : item.get("id").asText()));
        }
        return ids;
    }
}
