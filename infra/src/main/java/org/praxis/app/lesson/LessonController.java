package org.praxis.app.lesson;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.lesson.AddInsightCommand;
import org.praxis.command.lesson.CloseLessonCommand;
import org.praxis.command.lesson.RecordFailureCommand;
import org.praxis.command.lesson.RecordOutcomeCommand;
import org.praxis.command.lesson.ScheduleFollowUpCommand;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.praxis.query.history.History;
import org.praxis.query.history.HistoryEntry;
import org.praxis.query.lesson.LessonEntry;
import org.praxis.query.lesson.LessonQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/lessons}: learning from failure. A failure is recorded, people add insights, and the
 * lesson is turned into an adaptation: a new or revised best practice that names the lesson as its
 * motivation. Then the lesson is closed.
 */
@RestController
@RequestMapping("/api/lessons")
class LessonController {

    private final CommandGateway commands;
    private final LessonQueries lessons;
    private final History history;
    private final Adaptations adaptations;

    LessonController(CommandGateway commands, LessonQueries lessons, History history, Adaptations adaptations) {
        this.commands = commands;
        this.lessons = lessons;
        this.history = history;
        this.adaptations = adaptations;
    }

    @PostMapping
    ResponseEntity<LessonRequests.Created> record(@RequestBody LessonRequests.NewFailure request,
                                                  @AuthenticationPrincipal PraxisUser user) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordFailureCommand(id, request.title(), request.whatHappened(), request.project(),
                request.severity(), request.failedOn(), user.getUsername()));
        return ResponseEntity.created(URI.create("/api/lessons/" + id)).body(new LessonRequests.Created(id));
    }

    @PostMapping("/{id}/insights")
    ResponseEntity<Void> addInsight(@PathVariable String id, @RequestBody LessonRequests.NewInsight request,
                                    @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new AddInsightCommand(id, request.text(), user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    /**
     * Drafts or revises a practice for the lesson (201, linked at once), or, when the revision of a published
     * practice needs a curator's approval, records it as a proposal (202, {@code Location} of the proposal).
     */
    @PostMapping("/{id}/adaptations")
    ResponseEntity<LessonRequests.AdaptationReceipt> adapt(@PathVariable String id,
                                                           @RequestBody LessonRequests.Adaptation request,
                                                           @AuthenticationPrincipal PraxisUser user) {
        LessonRequests.AdaptationReceipt receipt = adaptations.adapt(id, request, user.actor());
        if (receipt.proposal() != null) {
            return ResponseEntity.accepted()
                    .location(URI.create("/api/practices/" + receipt.practiceId() + "/proposals/" + receipt.proposal()))
                    .body(receipt);
        }
        return ResponseEntity.created(URI.create("/api/practices/" + receipt.practiceId())).body(receipt);
    }

    @PostMapping("/{id}/close")
    ResponseEntity<Void> close(@PathVariable String id, @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new CloseLessonCommand(id, user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    /** The day to check whether the lesson's adaptation held (the author is reminded that day); 204. */
    @PutMapping("/{id}/follow-up")
    ResponseEntity<Void> followUp(@PathVariable String id, @RequestBody LessonRequests.FollowUp request,
                                  @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new ScheduleFollowUpCommand(id, request.on(), user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    /** Whether the adaptation held ({@code held}, and a {@code note}, required when it did not); 204, once. */
    @PostMapping("/{id}/outcome")
    ResponseEntity<Void> outcome(@PathVariable String id, @RequestBody LessonRequests.Outcome request,
                                 @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new RecordOutcomeCommand(id, request.held(), request.note(), user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    LessonEntry get(@PathVariable String id) {
        return lessons.find(id).orElseThrow(() -> new NotFound("lesson"));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable String id) {
        List<HistoryEntry> entries = history.ofLesson(id);
        if (entries.isEmpty()) {
            throw new NotFound("lesson");
        }
        return entries;
    }
}
