package org.praxis.command.gap;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.command.common.RuleViolation;
import org.praxis.events.gap.KnowledgeGapRouted;
import org.praxis.events.gap.UnansweredQueryRecorded;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

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

    @Test
    void aCuratorAsksColleaguesWithTheQuestionAsFirstAsked() {
        String id = GapIds.of("kubernetes autoscaling");

        fixture.given(new UnansweredQueryRecorded(id, "Kubernetes autoscaling", "alice", now),
                        new UnansweredQueryRecorded(id, "kubernetes  AUTOSCALING", "bob", now))
                .when(new RouteKnowledgeGapCommand(id, List.of("dora", "erin", "dora"), "carol"))
                .expectEvents(new KnowledgeGapRouted(id, "Kubernetes autoscaling", List.of("dora", "erin"), "carol",
                        now));
    }

    @Test
    void onlyThoseNotAskedBeforeAreAskedAgainAndNobodyTwice() {
        String id = GapIds.of("kubernetes autoscaling");
        fixture.given(new UnansweredQueryRecorded(id, "kubernetes autoscaling", "alice", now),
                        new KnowledgeGapRouted(id, "kubernetes autoscaling", List.of("dora"), "carol", now))
                .when(new RouteKnowledgeGapCommand(id, List.of("dora", "erin"), "carol"))
                .expectEvents(new KnowledgeGapRouted(id, "kubernetes autoscaling", List.of("erin"), "carol", now));

        fixture.given(new UnansweredQueryRecorded(id, "kubernetes autoscaling", "alice", now),
                        new KnowledgeGapRouted(id, "kubernetes autoscaling", List.of("dora"), "carol", now))
                .when(new RouteKnowledgeGapCommand(id, List.of("dora"), "frank"))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void nobodyTooManyOrOneselfIsRefused() {
        String id = GapIds.of("kubernetes autoscaling");
        UnansweredQueryRecorded asked = new UnansweredQueryRecorded(id, "kubernetes autoscaling", "alice", now);

        fixture.given(asked).when(new RouteKnowledgeGapCommand(id, List.of(), "carol"))
                .expectException(IllegalArgumentException.class).expectNoEvents();
        fixture.given(asked).when(new RouteKnowledgeGapCommand(id, List.of("dora", "carol"), "carol"))
                .expectException(IllegalArgumentException.class).expectNoEvents();
        List<String> eleven = IntStream.rangeClosed(1, KnowledgeGap.MAX_EXPERTS + 1)
                .mapToObj(n -> "expert" + n).toList();
        fixture.given(asked).when(new RouteKnowledgeGapCommand(id, eleven, "carol"))
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }
}
