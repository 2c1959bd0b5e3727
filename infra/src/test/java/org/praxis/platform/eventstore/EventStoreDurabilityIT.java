package org.praxis.platform.eventstore;

import org.junit.jupiter.api.Test;
import org.praxis.app.support.PraxisIT;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL with its defaults ({@code fsync}, {@code synchronous_commit} on) keeps every commit through a crash. */
class EventStoreDurabilityIT extends PraxisIT {

    @Autowired
    EventStoreDurability durability;

    @Test
    void postgresqlWithItsDefaultsLosesNoCommitInACrash() {
        assertThat(durability.risks()).isEmpty();
    }
}
