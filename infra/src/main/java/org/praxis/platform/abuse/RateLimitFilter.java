package org.praxis.platform.abuse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.praxis.platform.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Applies {@link RateLimits} to signed-in users. A request over the limit gets 429 (503 for an admin's upload
 * while the pipeline catches up) with {@code Retry-After} and does nothing; other users are not slowed.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final ProblemResponses problems;

    public RateLimitFilter(RateLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Optional<RateLimits.Refusal> refusal = user == null ? Optional.empty()
                : limits.take(request, user.getName(), isAdmin(user));
        if (refusal.isPresent()) {
            long seconds = Math.max(1, (refusal.get().retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(response, refusal.get().status(), refusal.get().reason() + "; try again in " + seconds + " s.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAdmin(Authentication user) {
        return user.getAuthorities().stream().anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
