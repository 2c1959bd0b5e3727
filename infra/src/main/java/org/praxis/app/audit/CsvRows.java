package org.praxis.app.audit;

import org.praxis.query.audit.AuditRecord;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Audit records as CSV rows (RFC 4180). Cells that a spreadsheet would run as a formula (starting
 * with {@code = + - @}) are prefixed with an apostrophe, since titles and names come from users.
 */
final class CsvRows {

    static final String HEADER = "position,aggregate_id,sequence,type,at,actor,summary\r\n";

    private CsvRows() {
    }

    static String of(AuditRecord record) {
        return List.of(String.valueOf(record.position()), record.aggregateId(), String.valueOf(record.sequence()),
                        record.type(), record.at().toString(), record.actor(), record.summary())
                .stream().map(CsvRows::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
