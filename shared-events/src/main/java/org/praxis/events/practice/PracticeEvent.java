package org.praxis.events.practice;

import java.time.Instant;

/** Something that happened to a best practice: who did it, when, to which practice. */
public sealed interface PracticeEvent permits PracticeDrafted, PracticeRevised, PracticePublished, PracticeEndorsed,
        PracticeVerified, PracticeDeprecated {

    String practiceId();

    String actor();

    Instant occurredAt();
}
