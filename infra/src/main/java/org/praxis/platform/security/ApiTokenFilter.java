package org.praxis.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.praxis.platform.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/** Signs in requests that carry {@code Authorization: Bearer <API token>}; an unknown token gets 401. */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ProblemResponses problems;
    private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

    ApiTokenFilter(ApiTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PraxisUser> user;
        try {
            user = tokens.authenticate(header.substring(BEARER.length()).strip());
        } catch (RuntimeException e) {
            if (!ProblemResponses.isDatabaseUnavailable(e)) {
                throw e;
            }
            problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ProblemResponses.DATABASE_UNAVAILABLE);
            return;
        }
        if (user.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Praxis\", error=\"invalid_token\"");
            problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "The API token is unknown or revoked.");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        // kept with the request too, so that an asynchronous dispatch (a streamed answer) is signed in as well
        contexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
