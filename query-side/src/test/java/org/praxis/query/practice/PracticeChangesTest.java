package org.praxis.query.practice;

import org.junit.jupiter.api.Test;
import org.praxis.events.practice.PracticeDeprecated;
import org.praxis.events.practice.PracticeDrafted;
import org.praxis.events.practice.PracticeEndorsed;
import org.praxis.events.practice.PracticeProposalApproved;
import org.praxis.events.practice.PracticeProposalRejected;
import org.praxis.events.practice.PracticePublished;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.events.practice.PracticeRevisionProposed;
import org.praxis.events.practice.PracticeVerified;
import org.praxis.events.practice.Reference;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeChangesTest {

    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    private static final Reference LESSON = new Reference(Reference.Kind.LESSON, "l1");
    private static final Reference DOCUMENT = new Reference(Reference.Kind.DOCUMENT, "d1");

    @Test
    void revisionsKeepTheAuthorCollectRevisersAndAddMotivationsOnce() {
        PracticeEntry entry = drafted();
        entry = PracticeChanges.apply(entry, new PracticeRevised("p1", 2, "Rotate API keys quarterly", "Every quarter.",
                "audit finding", List.of(LESSON, DOCUMENT), "bob", T0.plusSeconds(60)));
        entry = PracticeChanges.apply(entry, new PracticeRevised("p1", 3, "Rotate API keys quarterly", "Every 90 days.",
                "precision", List.of(DOCUMENT), "cy", T0.plusSeconds(120)));

        assertThat(entry.revision()).isEqualTo(3);
        assertThat(entry.body()).isEqualTo("Every 90 days.");
        assertThat(entry.author()).isEqualTo("ann");
        assertThat(entry.revisers()).containsExactlyInAnyOrder("bob", "cy");
        assertThat(entry.motivatedBy()).containsExactly(LESSON, DOCUMENT);
        assertThat(entry.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(entry.updatedAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void aProposalWaitsWithoutChangingTheTextUntilItIsDecided() {
        PracticeEntry entry = PracticeChanges.apply(drafted(), new PracticePublished("p1", "curator", T0));
        entry = PracticeChanges.apply(entry, new PracticeRevisionProposed("p1", 1, 1, "Rotate API keys", "Monthly.",
                "stricter", List.of(LESSON), "bob", T0.plusSeconds(1)));
        entry = PracticeChanges.apply(entry, new PracticeRevisionProposed("p1", 2, 1, "Rotate API keys", "Weekly.",
                "stricter still", List.of(DOCUMENT), "cy", T0.plusSeconds(2)));

        assertThat(entry.pendingProposals()).containsExactlyInAnyOrder(1, 2);
        assertThat(entry.revision()).isEqualTo(1);
        assertThat(entry.body()).isEqualTo(drafted().body());
        assertThat(entry.motivatedBy()).containsExactly(LESSON);

        entry = PracticeChanges.apply(entry, new PracticeProposalRejected("p1", 2, "cy", "too often", "curator",
                T0.plusSeconds(3)));
        entry = PracticeChanges.apply(entry, new PracticeProposalApproved("p1", 1, 2, "bob", "curator",
                T0.plusSeconds(4)));
        entry = PracticeChanges.apply(entry, new PracticeRevised("p1", 2, "Rotate API keys", "Monthly.", "stricter",
                List.of(LESSON), "bob", T0.plusSeconds(4)));

        assertThat(entry.pendingProposals()).isEmpty();
        assertThat(entry.revision()).isEqualTo(2);
        assertThat(entry.body()).isEqualTo("Monthly.");
        assertThat(entry.revisers()).containsExactly("bob");
    }

    @Test
    void publishingEndorsingVerifyingAndDeprecatingAreRecorded() {
        Instant validUntil = T0.plus(Duration.ofDays(90));
        PracticeEntry entry = PracticeChanges.apply(drafted(), new PracticePublished("p1", "curator", T0));
        entry = PracticeChanges.apply(entry, new PracticeEndorsed("p1", "bob", T0.plusSeconds(1)));
        entry = PracticeChanges.apply(entry, new PracticeEndorsed("p1", "cy", T0.plusSeconds(2)));
        entry = PracticeChanges.apply(entry, new PracticeVerified("p1", validUntil, "curator", T0.plusSeconds(3)));

        assertThat(entry.status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(entry.endorsers()).containsExactlyInAnyOrder("bob", "cy");
        assertThat(entry.endorsements()).isEqualTo(2);
        assertThat(entry.verifiedUntil()).isEqualTo(validUntil);
        assertThat(entry.verifiedBy()).isEqualTo("curator");

        PracticeEntry deprecated = PracticeChanges.apply(entry, new PracticeDeprecated("p1", "keys are gone", "p2",
                "ann", T0.plusSeconds(4)));

        assertThat(deprecated.status()).isEqualTo(PracticeStatus.DEPRECATED);
        assertThat(deprecated.supersededBy()).isEqualTo("p2");
        assertThat(deprecated.deprecationReason()).isEqualTo("keys are gone");
        assertThat(deprecated.endorsements()).as("history stays").isEqualTo(2);
    }

    @Test
    void aChangeBeforeTheDraftIsAnError() {
        assertThatThrownBy(() -> PracticeChanges.apply(null, new PracticePublished("p9", "curator", T0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("p9");
    }

    private static PracticeEntry drafted() {
        return PracticeChanges.apply(null, new PracticeDrafted("p1", "Rotate API keys", "Rotate them.",
                Set.of("security"), "software", List.of(LESSON), "ann", T0));
    }
}
