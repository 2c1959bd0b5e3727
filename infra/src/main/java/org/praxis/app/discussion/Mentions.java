package org.praxis.app.discussion;

import org.praxis.platform.security.Accounts;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a comment mentions: each {@code @username} of an account that exists, in the order written, once.
 * An {@code @} inside a word (an e-mail address) or followed by no account mentions nobody.
 */
@Component
class Mentions {

    /** A username as accounts have them: letters, digits, dots, dashes, underscores; a trailing dot ends the sentence. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([\\w-]+(?:\\.[\\w-]+)*)");

    private final Accounts accounts;

    Mentions(Accounts accounts) {
        this.accounts = accounts;
    }

    List<String> in(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> mentioned = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String username = matcher.group(1).toLowerCase(Locale.ROOT);
            if (accounts.exists(username)) {
                mentioned.add(username);
            }
        }
        return List.copyOf(mentioned);
    }
}
