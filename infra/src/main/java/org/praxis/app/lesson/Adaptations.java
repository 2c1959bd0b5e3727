package org.praxis.app.lesson;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.common.RuleViolation;
import org.praxis.command.lesson.LinkAdaptationCommand;
import org.praxis.command.practice.DraftPracticeCommand;
import org.praxis.command.practice.RevisePracticeCommand;
import org.praxis.events.practice.Reference;
import org.praxis.platform.web.NotFound;
import org.praxis.query.lesson.LessonEntry;
import org.praxis.query.lesson.LessonQueries;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * Turns a lesson into an adaptation: revises (or drafts) the practice first, naming the lesson as
 * its motivation, then links that revision to the lesson. A closed lesson is refused before any
 * practice changes.
 */
@Service
class Adaptations {

    private final CommandGateway commands;
    private final LessonQueries lessons;

    Adaptations(CommandGateway commands, LessonQueries lessons) {
        this.commands = commands;
        this.lessons = lessons;
    }

    LessonRequests.AdaptationReceipt adapt(String lessonId, LessonRequests.Adaptation request, String actor) {
        LessonEntry lesson = lessons.find(lessonId).orElseThrow(() -> new NotFound("lesson"));
        if (lesson.status() == LessonEntry.LessonStatus.CLOSED) {
            throw new RuleViolation("cannot link an adaptation to a closed lesson");
        }
        List<Reference> motivation = List.of(new Reference(Reference.Kind.LESSON, lessonId));
        String practiceId;
        int revision;
        if (request.practiceId() == null || request.practiceId().isBlank()) {
            practiceId = UUID.randomUUID().toString();
            commands.sendAndWait(new DraftPracticeCommand(practiceId, request.title(), request.body(), request.tags(),
                    request.industry(), motivation, actor));
            revision = 1;
        } else {
            if (request.expectedRevision() == null) {
                throw new IllegalArgumentException("expectedRevision is required to revise a practice");
            }
            practiceId = request.practiceId().strip();
            revision = commands.sendAndWait(new RevisePracticeCommand(practiceId, request.title(), request.body(),
                    request.rationale(), motivation, request.expectedRevision(), actor));
        }
        commands.sendAndWait(new LinkAdaptationCommand(lessonId, practiceId, revision, actor));
        return new LessonRequests.AdaptationReceipt(lessonId, practiceId, revision);
    }
}
