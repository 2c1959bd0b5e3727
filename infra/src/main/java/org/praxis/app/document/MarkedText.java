package org.praxis.app.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A document's text with the words of a search marked, for its page: the text cut into pieces, each marked or not,
 * so the page escapes every piece and marks without writing HTML. A word matches where a word of the text starts
 * with it, whatever the case ("rotat" marks "Rotation"), as a reader scanning for the search would expect.
 */
public record MarkedText(List<Piece> pieces) {

    /** Words shorter than this mark nothing: they are everywhere. */
    static final int MIN_WORD = 2;

    /** A run of text; {@code marked} when it is a match. */
    public record Piece(String text, boolean marked) {
    }

    /** {@code text} with the words of {@code query} marked; one unmarked piece when there are none. */
    static MarkedText of(String text, String query) {
        List<String> words = query == null ? List.of() : Arrays.stream(query.toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")).filter(word -> word.length() >= MIN_WORD).distinct().toList();
        if (words.isEmpty() || text.isEmpty()) {
            return new MarkedText(List.of(new Piece(text, false)));
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + words.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")[\\p{L}\\p{N}]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<Piece> pieces = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                pieces.add(new Piece(text.substring(at, matcher.start()), false));
            }
            pieces.add(new Piece(matcher.group(), true));
            at = matcher.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return new MarkedText(List.copyOf(pieces));
    }

    /** How many matches are marked. */
    public long matches() {
        return pieces.stream().filter(Piece::marked).count();
    }

    /** The index of the first marked piece, -1 when none: the page puts its anchor there. */
    public int firstMatch() {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).marked()) {
                return i;
            }
        }
        return -1;
    }
}
