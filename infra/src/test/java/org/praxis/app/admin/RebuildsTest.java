package org.praxis.app.admin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildsTest {

    @Test
    void aRebuildIsCaughtUpOnlyWhenEverySegmentHasReadTheHeadNoticed() {
        assertThat(Rebuilds.caughtUp(List.of(120L, 125L, 130L), 120)).isTrue();
        assertThat(Rebuilds.caughtUp(List.of(120L, 125L, 119L), 120)).as("one segment behind").isFalse();
        assertThat(Rebuilds.caughtUp(List.of(130L, -1L), 120)).as("a segment that has read nothing yet").isFalse();
        assertThat(Rebuilds.caughtUp(List.of(), 120)).as("a processor that never ran").isFalse();
    }
}
