package org.praxis.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.praxis.platform.web.ProblemResponses;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Holds every signed-in request to the account as it is now, not as it was at sign-in. On the pages: a session
 * whose account was disabled, deleted, or had its password reset since it signed in ends at once (back to the
 * sign-in page, which says why); a person whose password was reset is sent to choose a new one before anything
 * else. On the API (each request signs in afresh, so a disabled account is refused there already): a person who
 * must choose a new password gets 403 on everything but {@value #API_PASSWORD}.
 */
final class AccountStateFilter extends OncePerRequestFilter {

    static final String PAGE_PASSWORD = "/me/password";
    static final String API_PASSWORD = "/api/me/password";
    private static final Set<String> ALWAYS_ALLOWED = Set.of(PAGE_PASSWORD, API_PASSWORD, "/logout", "/login");

    private final Accounts accounts;
    private final ProblemResponses problems;
    private final boolean pages;

    private AccountStateFilter(Accounts accounts, ProblemResponses problems, boolean pages) {
        this.accounts = accounts;
        this.problems = problems;
        this.pages = pages;
    }

    static AccountStateFilter forPages(Accounts accounts, ProblemResponses problems) {
        return new AccountStateFilter(accounts, problems, true);
    }

    static AccountStateFilter forApi(Accounts accounts, ProblemResponses problems) {
        return new AccountStateFilter(accounts, problems, false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof PraxisUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PraxisUser> now = pages ? accounts.user(user.getUsername()) : Optional.of(user);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (now.isEmpty() || !now.get().continues(user)) {
            end(request);
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return;
        }
        if (now.get().mustChangePassword() && !ALWAYS_ALLOWED.contains(path)) {
            if (pages) {
                response.sendRedirect(request.getContextPath() + PAGE_PASSWORD);
            } else {
                problems.write(response, HttpServletResponse.SC_FORBIDDEN, "An admin reset your password: choose a "
                        + "new one first (PUT " + API_PASSWORD + " {\"current\":…,\"password\":…}).");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/favicon");
    }

    private static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
