package org.praxis.app.account;

import org.praxis.platform.security.Accounts;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /me/password}: choose a new password; after an admin's reset, the only page there is until one is chosen. */
@Page
class PasswordPage {

    private final Accounts accounts;

    PasswordPage(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me/password")
    String form(@AuthenticationPrincipal PraxisUser user, Model model) {
        model.addAttribute("reset", accounts.user(user.getUsername()).map(PraxisUser::mustChangePassword)
                .orElse(false));
        return "password";
    }

    @PostMapping("/me/password")
    String change(@RequestParam String current, @RequestParam String password, @RequestParam String repeated,
                  @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        if (!password.equals(repeated)) {
            throw new IllegalArgumentException("the new password and its repetition differ");
        }
        accounts.changePassword(user.getUsername(), current, password);
        redirect.addFlashAttribute("notice", "Password changed.");
        return "redirect:/me";
    }
}
