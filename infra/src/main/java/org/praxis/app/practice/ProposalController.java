package org.praxis.app.practice;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.lesson.ApproveProposalCommand;
import org.praxis.command.practice.RejectPracticeProposalCommand;
import org.praxis.events.practice.Reference;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.praxis.query.practice.PracticeProposal;
import org.praxis.query.practice.PracticeQueries;
import org.praxis.query.practice.ReviewQueue;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * Review before a published practice changes: the revisions proposed for a practice ({@code
 * /api/practices/{id}/proposals}, each with its diff against the revision it was written against), a curator's
 * approval or rejection, and the queue of proposals awaiting review ({@code /api/proposals}). The
 * {@code Practice} aggregate decides who may decide: a curator other than the proposal's author (403, 409).
 */
@RestController
class ProposalController {

    private final CommandGateway commands;
    private final PracticeQueries practices;
    private final ReviewQueue queue;
    private final References references;

    ProposalController(CommandGateway commands, PracticeQueries practices, ReviewQueue queue, References references) {
        this.references = references;
        this.commands = commands;
        this.practices = practices;
        this.queue = queue;
    }

    static URI location(String practiceId, int proposal) {
        return URI.create("/api/practices/" + practiceId + "/proposals/" + proposal);
    }

    /** Every proposal for the practice, oldest first, pending or decided (without diffs). */
    @GetMapping("/api/practices/{id}/proposals")
    List<PracticeProposal> proposals(@PathVariable String id, @AuthenticationPrincipal PraxisUser user) {
        practices.current(id).orElseThrow(() -> new NotFound("practice"));
        return practices.proposals(id).stream().map(proposal -> visible(proposal, user)).toList();
    }

    @GetMapping("/api/practices/{id}/proposals/{number}")
    PracticeProposal proposal(@PathVariable String id, @PathVariable int number,
                              @AuthenticationPrincipal PraxisUser user) {
        return practices.proposal(id, number).map(proposal -> visible(proposal, user))
                .orElseThrow(() -> new NotFound("proposal " + number + " of practice"));
    }

    /** Approves the proposal: it becomes the practice's next revision, whose number is answered. */
    @PostMapping("/api/practices/{id}/proposals/{number}/approve")
    PracticeRequests.Receipt approve(@PathVariable String id, @PathVariable int number,
                                     @AuthenticationPrincipal PraxisUser user) {
        int revision = commands.sendAndWait(new ApproveProposalCommand(id, number, user.actor()));
        return new PracticeRequests.Receipt(id, revision, null);
    }

    @PostMapping("/api/practices/{id}/proposals/{number}/reject")
    ResponseEntity<Void> reject(@PathVariable String id, @PathVariable int number,
                                @RequestBody PracticeRequests.Rejection request,
                                @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new RejectPracticeProposalCommand(id, number, request.reason(), user.actor()));
        return ResponseEntity.noContent().build();
    }

    /** The proposal naming only the documents that motivated it which the reader may see. */
    private PracticeProposal visible(PracticeProposal proposal, PraxisUser user) {
        return proposal.motivatedBy(proposal.motivatedBy().stream().filter(reference ->
                reference.kind() != Reference.Kind.DOCUMENT || references.documentVisible(reference.id(), user))
                .toList());
    }

    /** The proposals awaiting review across all practices, oldest first. */
    @GetMapping("/api/proposals")
    List<ReviewQueue.Pending> queue() {
        return queue.pending();
    }
}
