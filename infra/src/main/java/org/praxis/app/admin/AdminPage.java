package org.praxis.app.admin;

import org.praxis.platform.processing.Processors;
import org.praxis.app.document.ReadingAgain;
import org.praxis.command.extraction.Ocr;
import org.praxis.platform.processing.DeadLetterRetry;
import org.praxis.platform.security.Accounts;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.security.Role;
import org.praxis.platform.web.Names;
import org.praxis.platform.web.Page;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The admin page (admins only): accounts and their roles and groups, index rebuilds, processor lag, health, OCR. */
@Page
class AdminPage {

    /** The flash attribute naming the processor whose rebuild was just started. */
    private static final String REBUILDING = "rebuilding";

    private final Accounts accounts;
    private final Processors processors;
    private final HealthEndpoint health;
    private final DeadLetterRetry deadLetters;
    private final Ocr ocr;
    private final ReadingAgain readingAgain;

    AdminPage(Accounts accounts, Processors processors, HealthEndpoint health, DeadLetterRetry deadLetters, Ocr ocr,
              ReadingAgain readingAgain) {
        this.ocr = ocr;
        this.readingAgain = readingAgain;
        this.accounts = accounts;
        this.processors = processors;
        this.health = health;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", EnumSet.allOf(Role.class));
        model.addAttribute("processors", processors.all());
        // right after a rebuild was asked for, its segments may not be claimed yet: the table refreshes anyway
        model.addAttribute("replaying", processors.anyReplaying() || model.containsAttribute(REBUILDING));
        model.addAttribute("health", health.health());
        model.addAttribute("ocr", ocr);
        return "admin";
    }

    /** The processors table alone: the page refreshes it while a rebuild runs. */
    @GetMapping("/admin/processors")
    String processors(Model model) {
        model.addAttribute("processors", processors.all());
        model.addAttribute("replaying", processors.anyReplaying());
        return "admin :: processors";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String password,
                  @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) String groups,
                  @AuthenticationPrincipal PraxisUser admin, RedirectAttributes redirect) {
        accounts.create(username, password, roles == null ? Set.of() : Set.copyOf(roles), Names.of(groups),
                admin.getUsername());
        redirect.addFlashAttribute("notice", "Account " + username + " created.");
        return "redirect:/admin";
    }

    @PostMapping("/admin/users/{username}")
    String grant(@PathVariable String username, @RequestParam(required = false) List<Role> roles,
                 @RequestParam(required = false) String groups, @AuthenticationPrincipal PraxisUser admin,
                 RedirectAttributes redirect) {
        accounts.grant(username, roles == null ? Set.of() : Set.copyOf(roles), Names.of(groups), admin.getUsername());
        redirect.addFlashAttribute("notice", "Access of " + username + " changed: roles "
                + (roles == null ? "none" : roles.stream().map(Role::name).collect(Collectors.joining(", "))) + ".");
        return "redirect:/admin";
    }

    @PostMapping("/admin/users/{username}/password-reset")
    String resetPassword(@PathVariable String username, @RequestParam String password,
                         @AuthenticationPrincipal PraxisUser admin, RedirectAttributes redirect) {
        accounts.resetPassword(username, password, admin.getUsername());
        redirect.addFlashAttribute("notice", "Password of " + username + " reset: tell them the temporary one; "
                + "they choose their own when they sign in.");
        return "redirect:/admin";
    }

    @PostMapping("/admin/users/{username}/{change:disable|enable}")
    String enable(@PathVariable String username, @PathVariable String change,
                  @AuthenticationPrincipal PraxisUser admin, RedirectAttributes redirect) {
        boolean enabled = change.equals("enable");
        accounts.enable(username, enabled, admin.getUsername());
        redirect.addFlashAttribute("notice", username + (enabled ? " may sign in again."
                : " is disabled: their sessions and API tokens no longer work."));
        return "redirect:/admin";
    }

    @PostMapping("/admin/documents/read-again")
    String readAgain(@AuthenticationPrincipal PraxisUser admin, RedirectAttributes redirect) {
        int documents = readingAgain.scansReadWithoutOcr(admin.getUsername()).documents();
        redirect.addFlashAttribute("notice", documents + " scan(s) read without OCR are being read again.");
        return "redirect:/admin";
    }

    @PostMapping("/admin/processors/{name}/retry")
    String retry(@PathVariable String name, RedirectAttributes redirect) {
        int retried = deadLetters.retry(name);
        redirect.addFlashAttribute("notice", "Retried " + retried + " dead-lettered sequence(s) of " + name + ".");
        return "redirect:/admin";
    }

    @PostMapping("/admin/processors/{name}/rebuild")
    String rebuild(@PathVariable String name, RedirectAttributes redirect) {
        processors.rebuild(name);
        redirect.addFlashAttribute(REBUILDING, name);
        redirect.addFlashAttribute("notice", "Rebuilding " + name + " from the event store; search answers from the "
                + "current index until the new one is complete.");
        return "redirect:/admin";
    }
}
