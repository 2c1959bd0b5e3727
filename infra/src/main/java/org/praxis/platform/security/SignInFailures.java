package org.praxis.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * A failed sign-in on the page goes back to it with the username still filled in ({@value #USERNAME} in the
 * session, read once by the sign-in page) and the reason: a wrong username or password, or too many failures.
 */
public class SignInFailures implements AuthenticationFailureHandler {

    /** The session attribute holding the username typed in the failed attempt. */
    public static final String USERNAME = "praxis.signIn.username";
    /** The session attribute holding why a throttled sign-in was refused. */
    public static final String THROTTLED = "praxis.signIn.throttled";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null) {
            request.getSession().setAttribute(USERNAME, username.strip());
        }
        if (exception instanceof SignInThrottled throttled) {
            request.getSession().setAttribute(THROTTLED, throttled.getMessage());
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        response.sendRedirect(request.getContextPath()
                + (exception instanceof DisabledException ? "/login?disabled" : "/login?error"));
    }
}
