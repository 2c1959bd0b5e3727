package org.praxis.events.practice;

import org.praxis.events.AuditedEvent;

/** Something that happened to a best practice: who did it, when, to which practice. */
public sealed interface PracticeEvent extends AuditedEvent
        permits PracticeDrafted, PracticeRevised, PracticePublished, PracticeEndorsed, PracticeVerified, PracticeDeprecated,
        PracticeRevisionProposed, PracticeProposalApproved, PracticeProposalRejected {

    String practiceId();
}
