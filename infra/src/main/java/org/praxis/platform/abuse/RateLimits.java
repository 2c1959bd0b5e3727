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
    private final IngestBackPressure pipeline;

    RateLimits(PraxisProperties properties, IngestBackPressure pipeline) {
        this.searches = RateLimit.perMinute(properties.rateLimit().searchesPerMinute(), System::nanoTime);
        this.uploads = RateLimit.perMinute(properties.rateLimit().uploadsPerMinute(), System::nanoTime);
        this.pipeline = pipeline;
    }

    /**
     * Why a request must wait: 429 when the user is over their per-minute limit, 503 when an importer's upload
     * would outrun the pipeline; {@code retryAfter} is how long to wait.
     */
    record Refusal(int status, Duration retryAfter, String reason) {
    }

    /**
     * Empty if the request may go ahead (or is not limited), else why and how long the user has to wait. An
     * {@code importer} (an admin) uploads as fast as the pipeline absorbs ({@link IngestBackPressure}), not at a
     * per-minute count.
     */
    Optional<Refusal> take(HttpServletRequest request, String user, boolean importer) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && SEARCHES.matcher(path).matches()) {
            return searches.take(user).map(wait -> new Refusal(429, wait, "Too many requests"));
        }
        if ("POST".equals(request.getMethod()) && UPLOADS.matcher(path).matches()) {
            return importer
                    ? pipeline.waitBeforeUpload().map(wait -> new Refusal(503, wait,
                            "Praxis is still reading earlier uploads"))
                    : uploads.take(user).map(wait -> new Refusal(429, wait, "Too many requests"));
        }
        return Optional.empty();
    }
}
