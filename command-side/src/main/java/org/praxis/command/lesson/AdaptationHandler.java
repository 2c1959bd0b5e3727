package org.praxis.command.lesson;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.practice.DraftPracticeCommand;
import org.praxis.command.practice.RevisePracticeCommand;
import org.praxis.command.practice.RevisionOutcome;
import org.praxis.events.practice.Reference;

import java.util.List;
import java.util.UUID;

/**
 * Carries out an {@link AdaptPracticeCommand} as one unit of work: the practice is drafted or revised (the
 * {@code Practice} aggregate's rules), then the revision is linked to the lesson (the {@code Lesson} aggregate's
 * rules: a closed lesson refuses). When the revision of a published practice becomes a proposal for a curator,
 * the lesson records the proposal instead, and links the revision once it is approved
 * ({@link ProposalApprovalHandler}). The commands run nested in this command's unit of work and its one database
 * transaction, so a refusal by either aggregate leaves no event at all: never a practice revised for a lesson
 * that does not record it.
 */
public class AdaptationHandler {

    private final CommandGateway commands;

    public AdaptationHandler(CommandGateway commands) {
        this.commands = commands;
    }

    @CommandHandler
    public Adaptation handle(AdaptPracticeCommand command) {
        List<Reference> motivation = List.of(new Reference(Reference.Kind.LESSON, command.lessonId()));
        String actor = command.actor().username();
        if (command.practiceId() == null || command.practiceId().isBlank()) {
            String practiceId = UUID.randomUUID().toString();
            commands.sendAndWait(new DraftPracticeCommand(practiceId, command.title(), command.body(), command.tags(),
                    command.industry(), motivation, actor));
            return linked(command, practiceId, 1);
        }
        if (command.expectedRevision() == null) {
            throw new IllegalArgumentException("expectedRevision is required to revise a practice");
        }
        String practiceId = command.practiceId().strip();
        RevisionOutcome outcome = commands.sendAndWait(new RevisePracticeCommand(practiceId, command.title(),
                command.body(), command.rationale(), motivation, command.expectedRevision(), command.actor()));
        if (outcome.proposed()) {
            commands.sendAndWait(new ProposeAdaptationCommand(command.lessonId(), practiceId, outcome.proposal(),
                    actor));
            return new Adaptation(command.lessonId(), practiceId, outcome.revision(), outcome.proposal());
        }
        return linked(command, practiceId, outcome.revision());
    }

    private Adaptation linked(AdaptPracticeCommand command, String practiceId, int revision) {
        commands.sendAndWait(new LinkAdaptationCommand(command.lessonId(), practiceId, revision,
                command.actor().username()));
        return new Adaptation(command.lessonId(), practiceId, revision, null);
    }
}
