package org.praxis.app.practice;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.practice.DeprecatePracticeCommand;
import org.praxis.command.practice.DraftPracticeCommand;
import org.praxis.command.practice.EndorsePracticeCommand;
import org.praxis.command.practice.PublishPracticeCommand;
import org.praxis.command.practice.RevisePracticeCommand;
import org.praxis.command.practice.RevisionOutcome;
import org.praxis.command.practice.VerifyPracticeCommand;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.praxis.query.history.History;
import org.praxis.query.history.HistoryEntry;
import org.praxis.query.lesson.Recurrences;
import org.praxis.query.practice.PracticeDiff;
import org.praxis.query.practice.PracticeHit;
import org.praxis.query.practice.PracticeQueries;
import org.praxis.query.practice.PracticeSearch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/practices}: the life of a best practice (draft, revise, publish, endorse, verify,
 * deprecate) and its audit views: history, the practice as of any moment, and diffs between revisions.
 */
@RestController
@RequestMapping("/api/practices")
class PracticeController {

    static final int DEFAULT_VALID_DAYS = 180;

    private final CommandGateway commands;
    private final PracticeQueries practices;
    private final History history;
    private final References references;
    private final PracticeSearch search;
    private final Recurrences recurrences;
    private final Clock clock;

    PracticeController(CommandGateway commands, PracticeQueries practices, History history, References references,
                       PracticeSearch search, Recurrences recurrences, Clock clock) {
        this.recurrences = recurrences;
        this.search = search;
        this.commands = commands;
        this.practices = practices;
        this.history = history;
        this.references = references;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<PracticeRequests.Receipt> draft(@RequestBody PracticeRequests.NewPractice request,
                                                   @AuthenticationPrincipal PraxisUser user) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new DraftPracticeCommand(id, request.title(), request.body(), request.tags(),
                request.industry(), references.checked(request.motivatedBy(), user), user.getUsername()));
        return ResponseEntity.created(URI.create("/api/practices/" + id)).body(new PracticeRequests.Receipt(id, 1, null));
    }

    /**
     * Revises the practice (200), or, for someone who is not a curator revising a published practice, records the
     * revision as a proposal for a curator (202, {@code Location} of the proposal).
     */
    @PutMapping("/{id}")
    ResponseEntity<PracticeRequests.Receipt> revise(@PathVariable String id,
                                                    @RequestBody PracticeRequests.Revision request,
                                                    @AuthenticationPrincipal PraxisUser user) {
        if (request.expectedRevision() == null) {
            throw new IllegalArgumentException("expectedRevision is required: the revision your change is based on");
        }
        RevisionOutcome outcome = commands.sendAndWait(new RevisePracticeCommand(id, request.title(), request.body(),
                request.rationale(), references.checked(request.motivatedBy(), user), request.expectedRevision(),
                user.actor()));
        PracticeRequests.Receipt receipt = PracticeRequests.Receipt.of(id, outcome);
        return outcome.proposed()
                ? ResponseEntity.accepted().location(ProposalController.location(id, outcome.proposal())).body(receipt)
                : ResponseEntity.ok(receipt);
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<Void> publish(@PathVariable String id, @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new PublishPracticeCommand(id, user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/endorse")
    ResponseEntity<Void> endorse(@PathVariable String id, @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new EndorsePracticeCommand(id, user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/verify")
    ResponseEntity<Void> verify(@PathVariable String id,
                                @RequestBody(required = false) PracticeRequests.Verification request,
                                @AuthenticationPrincipal PraxisUser user) {
        int days = request == null || request.validDays() == null ? DEFAULT_VALID_DAYS : request.validDays();
        commands.sendAndWait(new VerifyPracticeCommand(id, days, user.actor()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/deprecate")
    ResponseEntity<Void> deprecate(@PathVariable String id, @RequestBody PracticeRequests.Deprecation request,
                                   @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new DeprecatePracticeCommand(id, request.reason(), request.supersededBy(),
                user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    /** Published practices for a question, best first, each saying why it ranks there. */
    @GetMapping("/search")
    List<PracticeHit> search(@RequestParam(defaultValue = "") String q,
                             @RequestParam(required = false) String industry,
                             @RequestParam(defaultValue = "false") boolean includeDeprecated,
                             @RequestParam(defaultValue = "10") int size,
                             @AuthenticationPrincipal PraxisUser user) {
        return search.search(q, industry, includeDeprecated, size, user.viewer());
    }

    /** The practice now, or exactly as it stood at {@code asOf}, rebuilt from its events. */
    @GetMapping("/{id}")
    PracticeView get(@PathVariable String id,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                     @AuthenticationPrincipal PraxisUser user) {
        var entry = asOf == null ? practices.current(id) : practices.asOf(id, asOf);
        return entry.map(e -> PracticeView.of(e, clock.instant(), asOf, doc -> references.documentVisible(doc, user),
                        recurrences.of(id)))
                .orElseThrow(() -> asOf != null && practices.current(id).isPresent()
                        ? new NotFound("practice at " + asOf + ": it was drafted later")
                        : new NotFound("practice"));
    }

    @GetMapping("/{id}/diff")
    PracticeDiff diff(@PathVariable String id, @RequestParam int from, @RequestParam int to) {
        return practices.diff(id, from, to)
                .orElseThrow(() -> new NotFound("practice with revisions " + from + " and " + to));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable String id) {
        List<HistoryEntry> entries = history.ofPractice(id);
        if (entries.isEmpty()) {
            throw new NotFound("practice");
        }
        return entries;
    }
}
