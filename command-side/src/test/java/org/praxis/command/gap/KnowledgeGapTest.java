package org.praxis.command.gap;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.events.gap.UnansweredQueryRecorded;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeGapTest {

    private AggregateTestFixture<KnowledgeGap> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(KnowledgeGap.class);
        now = fixture.currentTime();
    }

    @Test
    void theFirstUnansweredSearchOpensTheGap() {
        String id = GapIds.of("Kubernetes autoscaling");

        fixture.givenNoPriorActivity()
                .when(new RecordUnansweredQueryCommand(id, " Kubernetes autoscaling ", "alice"))
                .expectEvents(new UnansweredQueryRecorded(id, "Kubernetes autoscaling", "alice", now));
    }

    @Test
    void everyFurtherAskIsRecordedToo() {
        String id = GapIds.of("kubernetes autoscaling");

        fixture.given(new UnansweredQueryRecorded(id, "kubernetes autoscaling", "alice", now))
                .when(new RecordUnansweredQueryCommand(id, "kubernetes autoscaling", "bob"))
                .expectEvents(new UnansweredQueryRecorded(id, "kubernetes autoscaling", "bob", now));
    }

    @Test
    void theSameQuestionIsTheSameGapHoweverItIsTyped() {
        assertThat(GapIds.of("  Kubernetes   AUTOSCALING ")).isEqualTo(GapIds.of("kubernetes autoscaling"));
        assertThat(GapIds.of("kubernetes autoscaling")).isNotEqualTo(GapIds.of("kubernetes scaling"));
    }
}
