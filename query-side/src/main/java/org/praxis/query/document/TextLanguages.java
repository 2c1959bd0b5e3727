package org.praxis.query.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages whose documents are analyzed by their own rules besides English: a document's text is
 * indexed a second time in {@code languageText.<code>} when its detected language is one of these, with that
 * language's analyzer ({@code praxis_german}, …), and every query searches all of these fields. Chinese,
 * Japanese and Korean need no field of their own: every analyzer reads them as pairs of characters.
 */
public final class TextLanguages {

    /** The field holding the text in its language's analysis, one sub-field per language code. */
    public static final String FIELD = "languageText";
    /** ISO 639-1 codes, as the language detector reports them. */
    public static final List<String> CODES = List.of("de", "fr", "es", "it", "nl", "pt");
    /** The sub-fields a query searches: {@code languageText.de}, … */
    public static final List<String> FIELDS = CODES.stream().map(code -> FIELD + "." + code).toList();

    private TextLanguages() {
    }

    /** The analyzed language a detected one ({@code de}, {@code de-CH}, {@code FR}) stands for, if any. */
    public static Optional<String> of(String detected) {
        if (detected == null) {
            return Optional.empty();
        }
        String code = detected.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return CODES.contains(code) ? Optional.of(code) : Optional.empty();
    }
}
