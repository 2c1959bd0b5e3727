package org.praxis.platform.abuse;

import org.praxis.platform.config.PraxisProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Counts failed sign-ins per account and per client address ({@code praxis.sign-in.*}) and says when the next
 * attempt must wait. Kept in memory: a restart forgets, and each instance counts on its own.
 */
@Component
public class SignInThrottle {

    private final RateLimit accounts;
    private final RateLimit addresses;

    SignInThrottle(PraxisProperties properties) {
        PraxisProperties.SignIn settings = properties.signIn();
        this.accounts = new RateLimit(settings.failuresPerAccount(), settings.window(), System::nanoTime);
        this.addresses = new RateLimit(settings.failuresPerAddress(), settings.window(), System::nanoTime);
    }

    /** Empty when a sign-in as {@code username} from {@code address} may be tried now, else how long to wait. */
    public Optional<Duration> waitBefore(String username, String address) {
        return Stream.of(accounts.peek(key(username)), address == null ? Optional.<Duration>empty()
                : addresses.peek(address)).flatMap(Optional::stream).max(Duration::compareTo);
    }

    /** Counts a failed sign-in against the account and the address. */
    public void failed(String username, String address) {
        accounts.take(key(username));
        if (address != null) {
            addresses.take(address);
        }
    }

    /** Usernames are matched as typed, whatever the case: "Admin" and "admin" share one count. */
    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
