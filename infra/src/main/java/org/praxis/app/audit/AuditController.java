package org.praxis.app.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.audit.AuditFilter;
import org.praxis.query.audit.AuditRecord;
import org.praxis.query.audit.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * {@code GET /api/audit/events}: the organisation-wide trail of who changed what and when, for
 * auditors, streamed as a JSON array or as CSV (for spreadsheets) however long it is. Documents the
 * auditor may not see stay out of it. The audit page downloads the same trail at {@code /audit/events}.
 */
@RestController
class AuditController {

    private final AuditTrail trail;
    private final AuditVisibility visibility;
    private final ObjectMapper json;

    AuditController(AuditTrail trail, AuditVisibility visibility, ObjectMapper json) {
        this.trail = trail;
        this.visibility = visibility;
        this.json = json;
    }

    @GetMapping({"/api/audit/events", "/audit/events"})
    ResponseEntity<StreamingResponseBody> events(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "json") String format,
            @AuthenticationPrincipal PraxisUser user) {
        AuditFilter filter = new AuditFilter(blankToNull(type), blankToNull(actor), from, to);
        Predicate<String> shown = visibility.documentsShownTo(user);
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out -> {
                try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                    generator.writeStartArray();
                    trail.forEach(filter, shown, record -> write(generator, record));
                    generator.writeEndArray();
                }
            });
            case "csv" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("praxis-audit.csv").build().toString())
                    .body(out -> {
                        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        writer.write(CsvRows.HEADER);
                        trail.forEach(filter, shown, record -> write(writer, CsvRows.of(record)));
                        writer.flush();
                    });
            default -> throw new IllegalArgumentException("format is json or csv");
        };
    }

    private void write(JsonGenerator generator, AuditRecord record) {
        try {
            json.writeValue(generator, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer writer, String row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
