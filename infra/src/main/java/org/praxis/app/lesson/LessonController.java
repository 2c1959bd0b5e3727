package org.praxis.app.lesson;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.app.security.PraxisUser;
import org.praxis.app.web.NotFound;
import org.praxis.command.common.RuleViolation;
import org.praxis.command.lesson.AddInsightCommand;
import org.praxis.command.lesson.CloseLessonCommand;
import org.praxis.command.lesson.LinkAdaptationCommand;
import org.praxis.command.lesson.RecordFailureCommand;
import org.praxis.command.practice.DraftPracticeCommand;
import org.praxis.command.practice.RevisePracticeCommand;
import org.praxis.events.practice.Reference;
import org.praxis.query.history.History;
import org.praxis.query.history.HistoryEntry;
import org.praxis.query.lesson.LessonEntry;
import org.praxis.query.lesson.LessonQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    LessonController(CommandGateway commands, LessonQueries lessons, History history) {
        this.commands = commands;
        this.lessons = lessons;
        this.history = history;
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
     * Revises (or drafts) the practice first, naming this lesson as the motivation, then links that
     * revision to the lesson. A closed lesson is refused before any practice changes.
     */
    @PostMapping("/{id}/adaptations")
    ResponseEntity<LessonRequests.AdaptationReceipt> adapt(@PathVariable String id,
                                                           @RequestBody LessonRequests.Adaptation request,
                                                           @AuthenticationPrincipal PraxisUser user) {
        LessonEntry lesson = lessons.find(id).orElseThrow(() -> new NotFound("lesson"));
        if (lesson.status() == LessonEntry.LessonStatus.CLOSED) {
            throw new RuleViolation("cannot link an adaptation to a closed lesson");
        }
        List<Reference> motivation = List.of(new Reference(Reference.Kind.LESSON, id));
        String practiceId;
        int revision;
        if (request.practiceId() == null) {
            practiceId = UUID.randomUUID().toString();
            commands.sendAndWait(new DraftPracticeCommand(practiceId, request.title(), request.body(), request.tags(),
                    request.industry(), motivation, user.getUsername()));
            revision = 1;
        } else {
            if (request.expectedRevision() == null) {
                throw new IllegalArgumentException("expectedRevision is required to revise a practice");
            }
            practiceId = request.practiceId();
            revision = commands.sendAndWait(new RevisePracticeCommand(practiceId, request.title(), request.body(),
                    request.rationale(), motivation, request.expectedRevision(), user.getUsername()));
        }
        commands.sendAndWait(new LinkAdaptationCommand(id, practiceId, revision, user.getUsername()));
        return ResponseEntity.created(URI.create("/api/practices/" + practiceId))
                .body(new LessonRequests.AdaptationReceipt(id, practiceId, revision));
    }

    @PostMapping("/{id}/close")
    ResponseEntity<Void> close(@PathVariable String id, @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new CloseLessonCommand(id, user.getUsername()));
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
