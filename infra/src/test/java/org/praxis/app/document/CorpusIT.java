package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.hitIds;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every real document of {@code shared/corpus}, uploaded through the REST API, becomes findable by
 * the phrase its manifest lists: scans by the words OCR reads in them, the photo by its camera model.
 */
class CorpusIT extends PraxisIT {

    @Test
    void everyCorpusDocumentIsFoundByItsPhrase() {
        Api admin = admin();
        List<Map<String, String>> manifest = SharedFixtures.manifest(SharedFixtures.corpus());
        Map<String, Map<String, String>> uploaded = new LinkedHashMap<>();
        String tag = uniqueWord("corpus");
        for (Map<String, String> row : manifest) {
            ResponseEntity<JsonNode> response = admin.upload(SharedFixtures.corpus().resolve(row.get("file")),
                    row.get("file"), Map.of("tags", tag));
            assertThat(response.getStatusCode()).as(row.get("file")).isEqualTo(HttpStatus.CREATED);
            uploaded.put(response.getBody().get("id").asText(), row);
        }

        assertSoftly(softly -> uploaded.forEach((id, row) -> {
            String file = row.get("file");
            JsonNode document = admin.awaitDocument(id, d -> !d.get("status").asText().equals("PROCESSING"));
            softly.assertThat(document.get("status").asText()).as(file + ": " + document.get("error"))
                    .isEqualTo("INDEXED");
            JsonNode results = admin.awaitSearch("\"" + SharedFixtures.findingPhrase(row) + "\"", tag,
                    r -> hitIds(r).contains(id));
            softly.assertThat(hitIds(results)).as(file).contains(id);
            softly.assertThat(document.get("warnings").toString()).as(file).doesNotContain("OCR not available");
        }));
    }
}
