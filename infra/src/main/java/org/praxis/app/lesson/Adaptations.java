package org.praxis.app.lesson;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.common.Actor;
import org.praxis.command.lesson.AdaptPracticeCommand;
import org.praxis.command.lesson.Adaptation;
import org.praxis.platform.web.NotFound;
import org.praxis.query.lesson.LessonQueries;
import org.springframework.stereotype.Service;

/**
 * Adapts to a lesson the person may see, for the API and the pages alike: one {@link AdaptPracticeCommand}, whose
 * handler drafts or revises the practice and links it to the lesson in one unit of work (the aggregates decide;
 * a closed lesson refuses and no practice changes).
 */
@Service
class Adaptations {

    private final CommandGateway commands;
    private final LessonQueries lessons;

    Adaptations(CommandGateway commands, LessonQueries lessons) {
        this.commands = commands;
        this.lessons = lessons;
    }

    LessonRequests.AdaptationReceipt adapt(String lessonId, LessonRequests.Adaptation request, Actor actor) {
        lessons.find(lessonId).orElseThrow(() -> new NotFound("lesson"));
        Adaptation adaptation = commands.sendAndWait(new AdaptPracticeCommand(lessonId, request.practiceId(),
                request.expectedRevision(), request.title(), request.body(), request.rationale(), request.tags(),
                request.industry(), actor));
        return new LessonRequests.AdaptationReceipt(adaptation.lessonId(), adaptation.practiceId(),
                adaptation.practiceRevision(), adaptation.proposal());
    }
}
