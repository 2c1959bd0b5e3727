package org.praxis.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.praxis.platform.abuse.RateLimitFilter;
import org.praxis.platform.abuse.RateLimits;
import org.praxis.platform.abuse.SignInThrottle;
import org.praxis.platform.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;

/**
 * Who may call what. The API uses HTTP Basic or API tokens ({@code Authorization: Bearer}), without
 * sessions; the web pages use a session after signing in, with CSRF tokens. Reading, endorsing and one's own
 * profile need any role; writing documents, practices and lessons needs CONTRIBUTOR (or CURATOR);
 * publishing practices needs CURATOR (verifying too, which the practice itself checks); the
 * organisation-wide audit trail needs AUDITOR; accounts need ADMIN. Refusals are problem+json.
 * Searches and uploads are rate-limited per user; no cross-origin (CORS) access is granted.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String[] WRITERS = {Role.CONTRIBUTOR.name(), Role.CURATOR.name(), Role.ADMIN.name()};
    private static final String[] ANY_ROLE = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
    /** Where everyone who may see an item takes part in its discussion and watches it (pages; the API adds /api). */
    private static final String[] DISCUSSION_PAGES = {"/practices/*/comments/**", "/lessons/*/comments/**",
            "/documents/*/comments/**", "/practices/*/watch", "/lessons/*/watch", "/documents/*/watch"};

    /** The REST API: stateless, signed in per request with HTTP Basic or an API token. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, RateLimits limits, ApiTokens tokens, Accounts accounts)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
                .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(AccountStateFilter.forApi(accounts, problems), AuthorizationFilter.class)
                .addFilterAfter(new RateLimitFilter(limits, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/api/search/gaps", "/api/search/gaps/**").hasAnyRole(Role.CURATOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(ANY_ROLE)
                        .requestMatchers(HttpMethod.POST, "/api/practices/*/publish").hasRole(Role.CURATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/practices/*/endorse", "/api/practices/*/verify",
                                "/api/people/*/endorsements").hasAnyRole(ANY_ROLE)
                        .requestMatchers(HttpMethod.PUT, "/api/people/me/**").hasAnyRole(ANY_ROLE)
                        .requestMatchers("/api/me/**", "/api/saved-searches/**").hasAnyRole(ANY_ROLE)
                        // everyone who may see an item takes part in its discussion and may watch it, readers too
                        .requestMatchers(Arrays.stream(DISCUSSION_PAGES).map(path -> "/api" + path)
                                .toArray(String[]::new)).hasAnyRole(ANY_ROLE)
                        .requestMatchers("/api/documents/**", "/api/practices/**", "/api/lessons/**").hasAnyRole(WRITERS)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("Praxis").authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof DisabledException) {
                        problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "This account is disabled");
                        return;
                    }
                    if (e instanceof SignInThrottled throttled) {
                        response.setHeader("Retry-After", String.valueOf(Math.max(1,
                                throttled.retryAfter().toSeconds())));
                        problems.write(response, 429, throttled.getMessage());
                        return;
                    }
                    if (e instanceof InternalAuthenticationServiceException
                            && ProblemResponses.isDatabaseUnavailable(e)) { // the accounts could not be read
                        problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                                ProblemResponses.DATABASE_UNAVAILABLE);
                        return;
                    }
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Praxis\"");
                    problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required");
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Your role does not allow this")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no sessions and no cookies: CrossSiteRequestFilter stands in for CSRF tokens
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * The interactive API documentation (springdoc's Swagger UI at {@code /swagger-ui.html}) for people signed in to
     * the pages: their session, or the sign-in page first. Swagger UI sets its own styles inline, so its pages alone
     * allow inline styles; scripts stay the app's own.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        return http.securityMatcher("/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; "
                                + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * The web pages: a session after signing in with a form (or through an OpenID Connect provider
     * when one is configured), CSRF tokens on every change, and a content security policy that
     * allows only the app's own scripts and styles.
     */
    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
                            OidcSignIn oidc, RateLimits limits, ObjectMapper json, Accounts accounts)
            throws Exception {
        http.addFilterAfter(new RateLimitFilter(limits, new ProblemResponses(json)), AuthorizationFilter.class)
                .addFilterBefore(AccountStateFilter.forPages(accounts, new ProblemResponses(json)),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/favicon.svg")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/audit/**", "/audit").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/practices/*/publish").hasRole(Role.CURATOR.name())
                        .requestMatchers(HttpMethod.POST, "/practices/*/endorse", "/practices/*/verify").authenticated()
                        .requestMatchers("/upload/**", "/upload").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.POST, DISCUSSION_PAGES).authenticated()
                        .requestMatchers(HttpMethod.POST, "/documents/**", "/practices/**", "/lessons/**")
                        .hasAnyRole(WRITERS)
                        .requestMatchers("/practices/new", "/lessons/new").hasAnyRole(WRITERS)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll().failureHandler(new SignInFailures()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(login -> login.userInfoEndpoint(user -> user.oidcUserService(oidc)));
        }
        return http.build();
    }

    /** Username and password, from the form and HTTP Basic, with failed sign-ins throttled. */
    @Bean
    ThrottledPasswordSignIn passwordSignIn(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        return new ThrottledPasswordSignIn(accounts, passwords, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2";
        return new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
