package org.praxis.app.practice;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.lesson.ApproveProposalCommand;
import org.praxis.command.practice.RejectPracticeProposalCommand;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Page;
import org.praxis.query.practice.ReviewQueue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The curators' side of review before a practice changes: the queue of proposals awaiting review, and approving
 * or rejecting one from the practice's page (the proposals themselves are shown there).
 */
@Page
class ProposalPages {

    private final CommandGateway commands;
    private final ReviewQueue queue;

    ProposalPages(CommandGateway commands, ReviewQueue queue) {
        this.commands = commands;
        this.queue = queue;
    }

    /** The proposals awaiting a curator, oldest first. */
    @GetMapping("/proposals")
    String reviewQueue(Model model) {
        model.addAttribute("pending", queue.pending());
        return "practices/proposals";
    }

    @PostMapping("/practices/{id}/proposals/{number}/approve")
    String approve(@PathVariable String id, @PathVariable int number, @AuthenticationPrincipal PraxisUser user,
                   RedirectAttributes redirect) {
        int revision = commands.sendAndWait(new ApproveProposalCommand(id, number, user.actor()));
        redirect.addFlashAttribute("notice", "Approved: proposal " + number + " is revision " + revision + " now.");
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/proposals/{number}/reject")
    String reject(@PathVariable String id, @PathVariable int number, @RequestParam String reason,
                  @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        commands.sendAndWait(new RejectPracticeProposalCommand(id, number, reason, user.actor()));
        redirect.addFlashAttribute("notice", "Rejected proposal " + number + "; its author is told why.");
        return "redirect:/practices/" + id;
    }
}
