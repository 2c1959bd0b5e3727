package org.praxis.query.practice;

import java.util.List;

/**
 * What changed between two revisions of a practice: the fields whose value differs, and the text as
 * a unified line diff ({@code ---}/{@code +++} header, {@code @@} hunks, lines starting with
 * {@code -}, {@code +} or a space).
 */
public record PracticeDiff(String practiceId, int from, int to, List<FieldChange> fields, List<String> body) {

    public record FieldChange(String field, String before, String after) {
    }
}
