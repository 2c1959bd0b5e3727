package org.praxis.events;

import java.time.Instant;

/**
 * Every event says who did it and when: the event stream is the audit trail, there is no other log.
 * System work (such as text extraction) has actors named {@code system:…}.
 */
public interface AuditedEvent {

    String actor();

    Instant occurredAt();
}
