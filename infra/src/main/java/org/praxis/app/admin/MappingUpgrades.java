package org.praxis.app.admin;

import org.praxis.platform.processing.Processors;
import org.praxis.query.ProjectionIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * After an upgrade that changed an index's definition (new fields, other analysis), rebuilds that index at
 * start, beside the live one (ADR 10): searches answer from the old generation until the new one has replayed
 * every event. Without it, writes of new fields would be refused and queries would analyse words unlike the
 * index.
 */
@Component
class MappingUpgrades {

    private static final Logger log = LoggerFactory.getLogger(MappingUpgrades.class);

    private final List<ProjectionIndex<?>> indexes;
    private final Processors processors;

    MappingUpgrades(List<ProjectionIndex<?>> indexes, Processors processors) {
        this.indexes = indexes;
        this.processors = processors;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildOutdatedIndexes() {
        for (ProjectionIndex<?> index : indexes) {
            if (index.generations().outdated() && !index.generations().rebuilding()) {
                log.warn("The {} index was built by an earlier version with another definition; rebuilding it now "
                        + "(searches answer from the current index until the rebuild completes)", index.kind());
                processors.rebuild(index.kind());
            }
        }
    }
}
