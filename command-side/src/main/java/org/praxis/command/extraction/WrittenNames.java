package org.praxis.command.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people one written value names, as files and bibliographies write them: several names separated by
 * {@code ;} or {@code ,}, where a comma may also stand inside a name written surname first. Within a part between
 * semicolons:
 * <ul>
 *   <li>a piece that is only initials ("A. J.", "d.w.", "ph.d.", "b.sc.") or a suffix ("Jr", "III") belongs to the
 *       name before it: "Holder,D.W., North,R.J." is Holder and North, "Bridegam, Willis E., Jr." one person;</li>
 *   <li>then two pieces whose first is one word (or whose second is only initials) are one name written surname
 *       first: "Perlis, Alan", "van Driest, E. R.";</li>
 *   <li>anything else is a list: "Jane Doe, John Smith".</li>
 * </ul>
 * Names keep their spelling; empty pieces are dropped. "La Rocco, August" reads as two names: without a list of
 * surnames, a two-word surname before a given name cannot be told from two names.
 */
public final class WrittenNames {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s.\\-]+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd");

    private WrittenNames() {
    }

    /** The names in {@code value}, in order, stripped; empty for null or blank. */
    public static List<String> of(String value) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        for (String piece : value.split(";")) {
            List<String> parts = attachInitials(piece.split(","));
            if (parts.size() == 2 && surnameFirst(parts.get(0).strip(), parts.get(1).strip())) {
                names.add(piece.strip());
            } else {
                parts.stream().map(String::strip).forEach(names::add);
            }
        }
        return names.stream().filter(name -> !name.isEmpty()).toList();
    }

    private static List<String> attachInitials(String[] pieces) {
        List<String> parts = new ArrayList<>();
        for (String piece : pieces) {
            if (piece.isBlank()) {
                continue;
            }
            int last = parts.size() - 1;
            if (last >= 0 && initialsOrSuffix(piece.strip())) {
                parts.set(last, parts.get(last) + "," + piece);
            } else {
                parts.add(piece);
            }
        }
        return parts;
    }

    private static boolean surnameFirst(String before, String after) {
        return !before.contains(",") && (!before.contains(" ") || initialsOrSuffix(after));
    }

    /** "A. J.", "d.w.", "K", "ph.d.", "b.sc.", "Jr." — but not "Li Si" or "Wu": short names have no dots. */
    private static boolean initialsOrSuffix(String piece) {
        List<String> words = Arrays.stream(WORD_BREAK.split(piece)).filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty()) {
            return false;
        }
        int longest = words.stream().mapToInt(word -> word.codePointCount(0, word.length())).max().orElse(0);
        return longest <= 1 || (longest <= 2 && piece.contains(".")) || (words.size() == 1
                && SUFFIXES.contains(words.get(0).toLowerCase(Locale.ROOT)));
    }
}
