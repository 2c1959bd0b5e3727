package org.praxis.query.person;

import org.praxis.events.person.EmailAddress;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a name as a file or a profile writes it becomes comparable: a <em>name key</em> is its words, lower-cased,
 * without accents or punctuation, in alphabetical order, so that "Perlis, A. J.", "A.J. Perlis" and "a j perlis"
 * share the key {@code "a j perlis"}; an e-mail address is its own key, lower-cased ("Jane Doe
 * &lt;Jane.Doe@example.com&gt;" has the keys {@code "doe jane"} and {@code "jane.doe@example.com"}).
 * <p>
 * An author a file names who matches no account is a person known from documents, with the id
 * {@code author:} + the key's words joined by {@code -} ({@code author:a-j-perlis}).
 */
public final class PersonNames {

    public static final String KNOWN_FROM_DOCUMENTS = "author:";
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PersonNames() {
    }

    /** The keys a name, a username or an e-mail address written in any of these ways is known by; none for blank. */
    public static Set<String> keys(String written) {
        Set<String> keys = new LinkedHashSet<>();
        if (written == null) {
            return keys;
        }
        Matcher mail = EmailAddress.PATTERN.matcher(written);
        String rest = written;
        while (mail.find()) {
            keys.add(mail.group().toLowerCase(Locale.ROOT));
            rest = rest.replace(mail.group(), " ");
        }
        nameKey(rest).ifPresent(keys::add);
        return keys;
    }

    /** The id of the person known from documents by this name, or empty when the name has no words. */
    public static Optional<String> knownFromDocuments(String written) {
        Set<String> keys = keys(written);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String key = keys.stream().filter(k -> !k.contains("@")).findFirst().orElse(keys.iterator().next());
        return Optional.of(KNOWN_FROM_DOCUMENTS + key.replace(' ', '-'));
    }

    public static boolean isKnownFromDocuments(String personId) {
        return personId.startsWith(KNOWN_FROM_DOCUMENTS);
    }

    private static Optional<String> nameKey(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String[] words = NOT_A_LETTER.split(plain.toLowerCase(Locale.ROOT).strip());
        String key = String.join(" ", Arrays.stream(words).filter(word -> !word.isEmpty()).sorted().toList());
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
