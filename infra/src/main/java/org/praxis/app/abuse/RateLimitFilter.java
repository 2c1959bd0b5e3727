package org.praxis.app.abuse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.praxis.app.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Limits each signed-in user's searches and uploads (see {@code praxis.rate-limit.*}). A request
 * over the limit gets 429 with {@code Retry-After} and does nothing; other users are not slowed.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private static final Pattern SEARCHES = Pattern.compile("/api/(search(/suggest)?|experts|practices/search)");
    private static final Pattern UPLOADS = Pattern.compile("/api/documents(/[^/]+/versions)?");

    private final RateLimit searches;
    private final RateLimit uploads;
    private final ProblemResponses problems;

    public RateLimitFilter(int searchesPerMinute, int uploadsPerMinute, ProblemResponses problems) {
        this.searches = new RateLimit(searchesPerMinute, System::nanoTime);
        this.uploads = new RateLimit(uploadsPerMinute, System::nanoTime);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Optional<Duration> wait = user == null ? Optional.empty() : limitFor(request)
                .flatMap(limit -> limit.take(user.getName()));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(response, 429, "Too many requests; try again in " + seconds + " s.");
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<RateLimit> limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && SEARCHES.matcher(path).matches()) {
            return Optional.of(searches);
        }
        if ("POST".equals(request.getMethod()) && UPLOADS.matcher(path).matches()) {
            return Optional.of(uploads);
        }
        return Optional.empty();
    }
}
