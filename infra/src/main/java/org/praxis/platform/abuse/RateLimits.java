package org.praxis.platform.abuse;

import jakarta.servlet.http.HttpServletRequest;
import org.praxis.platform.config.PraxisProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which requests count against a user's search and upload limits ({@code praxis.rate-limit.*}),
 * through the API and the web pages alike, and whether the user has any left.
 */
@Component
public class RateLimits {

    private static final Pattern SEARCHES = Pattern.compile(
            "/(api/)?(search(/suggest|/suggestions)?|experts|practices/search)");
    private static final Pattern UPLOADS = Pattern.compile("/api/documents(/[^/]+/versions)?|/upload(/file)?");

    private final RateLimit searches;
    private final RateLimit uploads;

    RateLimits(PraxisProperties properties) {
        this.searches = new RateLimit(properties.rateLimit().searchesPerMinute(), System::nanoTime);
        this.uploads = new RateLimit(properties.rateLimit().uploadsPerMinute(), System::nanoTime);
    }

    /** Empty if the request may go ahead (or is not limited), else how long the user has to wait. */
    Optional<Duration> take(HttpServletRequest request, String user) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && SEARCHES.matcher(path).matches()) {
            return searches.take(user);
        }
        if ("POST".equals(request.getMethod()) && UPLOADS.matcher(path).matches()) {
            return uploads.take(user);
        }
        return Optional.empty();
    }
}
