package org.praxis.app.account;

import jakarta.servlet.http.HttpSession;
import org.praxis.platform.security.SignInFailures;
import org.praxis.platform.web.Page;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sign-in page, with a button per OpenID Connect provider when some are configured. */
@Page
class LoginPage {

    private final ObjectProvider<ClientRegistrationRepository> providers;

    LoginPage(ObjectProvider<ClientRegistrationRepository> providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(Model model, HttpSession session) {
        // what the failed attempt typed, and why it was refused: shown once
        model.addAttribute("username", take(session, SignInFailures.USERNAME));
        model.addAttribute("throttled", take(session, SignInFailures.THROTTLED));
        Map<String, String> names = new LinkedHashMap<>();
        if (providers.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
            for (ClientRegistration registration : registrations) {
                names.put(registration.getRegistrationId(), registration.getClientName());
            }
        }
        model.addAttribute("providers", names);
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/search";
    }

    private static Object take(HttpSession session, String attribute) {
        if (session == null) {
            return null;
        }
        Object value = session.getAttribute(attribute);
        session.removeAttribute(attribute);
        return value;
    }
}
