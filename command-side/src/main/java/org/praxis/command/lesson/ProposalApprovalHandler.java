package org.praxis.command.lesson;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.practice.ApprovePracticeProposalCommand;
import org.praxis.command.practice.ApprovedProposal;
import org.praxis.events.practice.Reference;

/**
 * Carries out an {@link ApproveProposalCommand} as one unit of work: the {@code Practice} aggregate approves (its
 * rules: a curator other than the author, the proposal still pending and written against the current revision),
 * then each lesson that motivated the proposal links the new revision if the proposal was its adaptation.
 */
public class ProposalApprovalHandler {

    private final CommandGateway commands;

    public ProposalApprovalHandler(CommandGateway commands) {
        this.commands = commands;
    }

    @CommandHandler
    public int handle(ApproveProposalCommand command) {
        ApprovedProposal approved = commands.sendAndWait(new ApprovePracticeProposalCommand(command.practiceId(),
                command.proposal(), command.actor()));
        approved.motivatedBy().stream().filter(reference -> reference.kind() == Reference.Kind.LESSON)
                .forEach(lesson -> commands.sendAndWait(new LinkApprovedAdaptationCommand(lesson.id(),
                        command.practiceId(), command.proposal(), approved.revision(), command.actor().username())));
        return approved.revision();
    }
}
