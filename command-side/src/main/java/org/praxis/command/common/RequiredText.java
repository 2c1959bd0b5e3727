package org.praxis.command.common;

/** Text a person must give (a title, a rationale, an insight): stripped, not blank, not too long. */
public final class RequiredText {

    private RequiredText() {
    }

    public static String of(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " may have at most " + maxLength + " characters");
        }
        return stripped;
    }

    /** Like {@link #of}, but absent (null) when no text is given. */
    public static String optional(String value, String what, int maxLength) {
        return value == null || value.isBlank() ? null : of(value, what, maxLength);
    }
}
