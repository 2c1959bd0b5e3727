package org.praxis.events.person;

import java.util.regex.Pattern;

/**
 * What counts as an e-mail address where people are named: a local part, {@code @}, and a domain with a dot, none of
 * them holding spaces, angle brackets, commas, semicolons or quotes ("Jane Doe &lt;jane@example.com&gt;" holds one).
 * Shared by the profile's rules and by the name keys of expert search, so both agree on what an address is.
 */
public final class EmailAddress {

    public static final Pattern PATTERN = Pattern.compile("[^\\s<>@,;\"]+@[^\\s<>@,;\"]+\\.[^\\s<>@,;\"]+");

    private EmailAddress() {
    }

    /** Whether the text, spaces around it aside, is one e-mail address and nothing else. */
    public static boolean matches(String text) {
        return text != null && PATTERN.matcher(text.strip()).matches();
    }
}
