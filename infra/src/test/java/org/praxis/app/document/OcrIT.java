package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisProcess;
import org.praxis.command.extraction.Ocr;
import org.praxis.command.fixtures.SharedFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.hitIds;

/**
 * A scan stored where OCR is not available says so ("no text layer — OCR not available", never a plain
 * "indexed" with no text), and Praxis says at start that OCR is missing; once Praxis runs with Tesseract, the
 * admin's "read again" reads the scan and its words are found. The packaged jar, on the embedded default's event
 * store, started first with OCR switched off (as on a machine without Tesseract), then with it.
 */
class OcrIT {

    private static final String PASSWORD = "ocr-test-admin-password";
    private static final String SCAN = "testOCR.png";
    private static final String WORDS = "\"This file contains some words\"";

    @Test
    void aScanStoredWithoutOcrSaysSoAndIsReadOnceOcrIsThere() throws Exception {
        Path data = Files.createTempDirectory("praxis-ocr");
        String prefix = PraxisProcess.indexPrefix("ocr");
        int port = PraxisProcess.freePort();
        String id;
        try (PraxisProcess withoutOcr = PraxisProcess.start("ocr-off", port, PraxisProcess.EMBEDDED_H2, prefix, data,
                PASSWORD, "--praxis.extraction.ocr.languages=")) {
            Api admin = new Api(withoutOcr.baseUrl(), "admin", PASSWORD).withNewToken();
            id = admin.upload(SharedFixtures.corpus().resolve(SCAN), "delivery-note.png", Map.of()).getBody()
                    .get("id").asText();

            JsonNode unread = admin.awaitDocument(id, d -> !"PROCESSING".equals(d.path("status").asText()));
            assertThat(unread.path("warnings").toString()).contains(Ocr.NO_TEXT_LAYER);
            assertThat(admin.search(WORDS).path("total").asInt()).isZero();
            var refused = admin.post("/api/admin/documents/read-again", Map.of());
            assertThat(refused.getStatusCode().value()).isEqualTo(409);
            assertThat(refused.getBody().path("detail").asText()).contains("OCR is not available");
        }
        assertThat(Files.readString(Path.of("target", "instances", "ocr-off.log"))).contains("OCR is not available");

        try (PraxisProcess withOcr = PraxisProcess.start("ocr-on", port, PraxisProcess.EMBEDDED_H2, prefix, data,
                PASSWORD)) {
            Api admin = new Api(withOcr.baseUrl(), "admin", PASSWORD).withNewToken();
            var readAgain = admin.post("/api/admin/documents/read-again", Map.of());
            assertThat(readAgain.getStatusCode().value()).isEqualTo(202);
            assertThat(readAgain.getBody().path("documents").asInt()).isEqualTo(1);

            JsonNode found = admin.awaitSearch(WORDS, r -> hitIds(r).contains(id));
            assertThat(hitIds(found)).contains(id);
            JsonNode read = admin.get("/api/documents/" + id).getBody();
            assertThat(read.path("status").asText()).isEqualTo("INDEXED");
            assertThat(read.path("warnings").toString()).doesNotContain(Ocr.NO_TEXT_LAYER);
            assertThat(admin.get("/api/documents/" + id + "/history").getBody().toString())
                    .contains("asked to read version 1 again: OCR is now available");
        }
    }
}
