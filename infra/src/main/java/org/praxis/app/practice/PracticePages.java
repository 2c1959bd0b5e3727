package org.praxis.app.practice;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.practice.DeprecatePracticeCommand;
import org.praxis.command.practice.DraftPracticeCommand;
import org.praxis.command.practice.EndorsePracticeCommand;
import org.praxis.command.practice.PublishPracticeCommand;
import org.praxis.command.practice.RevisePracticeCommand;
import org.praxis.command.practice.RevisionOutcome;
import org.praxis.command.practice.VerifyPracticeCommand;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.DiscussedPage;
import org.praxis.platform.web.Names;
import org.praxis.platform.web.NotFound;
import org.praxis.platform.web.Page;
import org.praxis.query.history.History;
import org.praxis.query.lesson.Recurrences;
import org.praxis.query.practice.PracticeDiff;
import org.praxis.query.practice.PracticeEntry;
import org.praxis.query.practice.PracticeProposal;
import org.praxis.query.practice.PracticeQueries;
import org.praxis.query.practice.PracticeSearch;
import org.praxis.query.practice.PracticeStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The practice pages: finding published practices, drafting one, a practice's page with its rendered text,
 * standing, endorsements, revision (or proposal) form, proposals awaiting review, history, side-by-side diff and
 * "as of".
 */
@Page
class PracticePages {

    private static final int RESULTS = 20;

    private final CommandGateway commands;
    private final PracticeQueries practices;
    private final PracticeSearch search;
    private final History history;
    private final References references;
    private final Markdown markdown;
    private final Recurrences recurrences;
    private final Clock clock;

    PracticePages(CommandGateway commands, PracticeQueries practices, PracticeSearch search, History history,
                  References references, Markdown markdown, Recurrences recurrences, Clock clock) {
        this.recurrences = recurrences;
        this.commands = commands;
        this.practices = practices;
        this.search = search;
        this.history = history;
        this.references = references;
        this.markdown = markdown;
        this.clock = clock;
    }

    @GetMapping("/practices")
    String find(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String industry,
                @RequestParam(defaultValue = "false") boolean includeDeprecated,
                @AuthenticationPrincipal PraxisUser user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("industry", industry);
        model.addAttribute("includeDeprecated", includeDeprecated);
        model.addAttribute("hits", q.isBlank() ? List.of()
                : search.search(q, industry == null || industry.isBlank() ? null : industry, includeDeprecated,
                RESULTS, user.viewer()));
        return "practices/find";
    }

    @GetMapping("/practices/new")
    String draftForm() {
        return "practices/new";
    }

    @PostMapping("/practices")
    String draft(@RequestParam String title, @RequestParam String body, @RequestParam(required = false) String tags,
                 @RequestParam(required = false) String industry, @AuthenticationPrincipal PraxisUser user) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new DraftPracticeCommand(id, title, body, Names.of(tags), industry, List.of(),
                user.getUsername()));
        return "redirect:/practices/" + id;
    }

    /** The practice now, or as it stood at the end of the day {@code asOf}. */
    @GetMapping("/practices/{id}")
    String practice(@PathVariable String id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                    @RequestParam(required = false) Integer proposal, @AuthenticationPrincipal PraxisUser user,
                    Model model) {
        PracticeEntry current = practices.current(id).orElseThrow(() -> new NotFound("practice"));
        Instant moment = asOf == null ? null : asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        PracticeEntry shown = moment == null ? current : practices.asOf(id, moment).orElse(null);
        model.addAttribute("current", current);
        model.addAttribute("practice", shown);
        model.addAttribute("asOf", asOf);
        if (shown != null) {
            model.addAttribute("view", PracticeView.of(shown, clock.instant(), moment,
                    document -> references.documentVisible(document, user), recurrences.of(id)));
            model.addAttribute("html", markdown.html(shown.body()));
        }
        model.addAttribute("history", history.ofPractice(id));
        model.addAttribute("endorsed", current.endorsers().contains(user.getUsername()));
        model.addAttribute("wrote", user.getUsername().equals(current.author())
                || current.revisers().contains(user.getUsername()));
        if (from != null && to != null) {
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            PracticeDiff diff = practices.diff(id, from, to)
                    .orElseThrow(() -> new IllegalArgumentException("there are no revisions " + from + " and " + to));
            model.addAttribute("diff", diff);
            model.addAttribute("sideBySide", SideBySide.of(diff.body()));
        }
        model.addAttribute("pending", practices.proposals(id).stream()
                .filter(p -> p.status() == PracticeProposal.Status.PENDING).toList());
        if (proposal != null) {
            PracticeProposal shownProposal = practices.proposal(id, proposal)
                    .orElseThrow(() -> new NotFound("proposal " + proposal + " of practice"));
            model.addAttribute("proposal", shownProposal);
            if (shownProposal.diff() != null) {
                model.addAttribute("proposalSideBySide", SideBySide.of(shownProposal.diff().body()));
            }
        }
        model.addAttribute("proposes", current.status() == PracticeStatus.PUBLISHED && !user.actor().curator());
        DiscussedPage.show(model, DiscussedItem.PRACTICE, id);
        return "practices/practice";
    }

    @PostMapping("/practices/{id}/revise")
    String revise(@PathVariable String id, @RequestParam String title, @RequestParam String body,
                  @RequestParam String rationale, @RequestParam int expectedRevision,
                  @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        RevisionOutcome outcome = commands.sendAndWait(new RevisePracticeCommand(id, title, body, rationale,
                List.of(), expectedRevision, user.actor()));
        redirect.addFlashAttribute("notice", outcome.proposed()
                ? "Proposed for review as proposal " + outcome.proposal() + ": a curator will approve or reject it."
                : "Saved as revision " + outcome.revision() + ".");
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/endorse")
    String endorse(@PathVariable String id, @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        commands.sendAndWait(new EndorsePracticeCommand(id, user.getUsername()));
        redirect.addFlashAttribute("notice", "Thank you for endorsing it.");
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/publish")
    String publish(@PathVariable String id, @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        commands.sendAndWait(new PublishPracticeCommand(id, user.getUsername()));
        redirect.addFlashAttribute("notice", "Published.");
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/verify")
    String verify(@PathVariable String id, @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        commands.sendAndWait(new VerifyPracticeCommand(id, PracticeController.DEFAULT_VALID_DAYS, user.actor()));
        redirect.addFlashAttribute("notice", "Verified for " + PracticeController.DEFAULT_VALID_DAYS + " days.");
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/deprecate")
    String deprecate(@PathVariable String id, @RequestParam String reason,
                     @RequestParam(required = false) String supersededBy, @AuthenticationPrincipal PraxisUser user,
                     RedirectAttributes redirect) {
        commands.sendAndWait(new DeprecatePracticeCommand(id, reason, supersededBy, user.getUsername()));
        redirect.addFlashAttribute("notice", "Deprecated.");
        return "redirect:/practices/" + id;
    }
}
