package org.praxis.query.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An item's text cut into passages for embedding: windows of at most {@value #WORDS} words (about 200 of
 * the model's 256 word pieces), each starting {@value #STRIDE} words after the previous one so that a
 * sentence cut by one window is whole in the next. The first passage starts with the title. Only the
 * first {@value #MAX_PASSAGES} passages are kept (about 4,000 words): beyond that an item is found by its
 * words alone, which keeps a 500-page manual from costing minutes of embedding. No passage is longer than
 * {@value #MAX_CHARACTERS} characters.
 */
public final class Passages {

    static final int WORDS = 150;
    static final int STRIDE = 120;
    static final int MAX_PASSAGES = 32;
    /** A passage is cut here too: a "word" may be a line of a megabyte with no space in it. */
    static final int MAX_CHARACTERS = 2_000;

    private Passages() {
    }

    /** The passages of a title (may be null) followed by a text (may be null); none when both are blank. */
    public static List<String> of(String title, String text) {
        String whole = ((title == null ? "" : title.strip()) + "\n" + (text == null ? "" : text.strip())).strip();
        if (whole.isEmpty()) {
            return List.of();
        }
        String[] words = whole.split("\\s+");
        List<String> passages = new ArrayList<>();
        for (int start = 0; passages.size() < MAX_PASSAGES; start += STRIDE) {
            int end = Math.min(words.length, start + WORDS);
            String passage = String.join(" ", Arrays.copyOfRange(words, start, end));
            passages.add(passage.length() > MAX_CHARACTERS ? passage.substring(0, MAX_CHARACTERS) : passage);
            if (end == words.length) {
                break;
            }
        }
        return passages;
    }
}
