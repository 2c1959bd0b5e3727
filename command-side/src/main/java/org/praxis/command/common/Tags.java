package org.praxis.command.common;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tags are short labels: trimmed, lower case, at most 64 characters, at most 50 on an item.
 */
public final class Tags {

    static final int MAX_LENGTH = 64;
    static final int MAX_COUNT = 50;

    private Tags() {
    }

    public static Set<String> normalise(Collection<String> tags) {
        if (tags == null) {
            return Set.of();
        }
        Set<String> normalised = new TreeSet<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("a tag may have at most " + MAX_LENGTH + " characters");
            }
            normalised.add(t);
        }
        if (normalised.size() > MAX_COUNT) {
            throw new IllegalArgumentException("an item may have at most " + MAX_COUNT + " tags");
        }
        return normalised;
    }
}
