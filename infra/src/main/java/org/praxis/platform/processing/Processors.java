package org.praxis.platform.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.platform.web.NotFound;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The event processors that keep the indexes and run extraction: how far behind the event store
 * each is, and a rebuild of an index by replaying its processor from the first event.
 */
@Component
public class Processors {

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    Processors(EventProcessingConfiguration processing, EventStore events) {
        this.processing = processing;
        this.events = events;
    }

    /** One processor's state; {@code behind} is how many positions of the event store it has still to read. */
    public record Status(String name, boolean running, boolean error, boolean replaying, long position, long behind,
                  long deadLetters, boolean rebuildable) {
    }

    public List<Status> all() {
        long head = head(events);
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .map(processor -> status(processor, head, deadLetters(processor.getName())))
                .sorted(Comparator.comparing(Status::name)).toList();
    }

    /** One processor's state, without looking at the others (metrics ask for each on every scrape). */
    public Status status(String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("processor " + name));
        return status(processor, head(events), deadLetters(name));
    }

    public boolean anyReplaying() {
        return all().stream().anyMatch(Status::replaying);
    }

    /** Replays the processor from the first event; its index is dropped and filled again. */
    public void rebuild(String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("processor " + name));
        if (!processor.supportsReset()) {
            throw new IllegalArgumentException(name + " is never replayed: it would redo its work");
        }
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private long deadLetters(String name) {
        return processing.deadLetterQueue(name).map(queue -> queue.amountOfSequences()).orElse(0L);
    }

    private static Status status(StreamingEventProcessor processor, long head, long deadLetters) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream().mapToLong(status -> position(status.getCurrentPosition()))
                .min().orElse(0);
        return new Status(processor.getName(), processor.isRunning(), processor.isError(),
                segments.stream().anyMatch(Processors::replaying), position, Math.max(0, head - position),
                deadLetters, processor.supportsReset());
    }

    /**
     * Whether the segment is still replaying. Axon keeps a segment's replay token until it handles an event past the
     * position of the reset, so a replay that reached the end of the stream would look unfinished until the next
     * change to the knowledge base; a segment that caught up with the stream has replayed everything there is.
     */
    private static boolean replaying(EventTrackerStatus segment) {
        return segment.isReplaying() && !segment.isCaughtUp();
    }

    /** The position of the newest event in the store; -1 while it is empty. */
    public static long head(EventStore events) {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : position(head.position());
    }

    private static long position(OptionalLong position) {
        return position.orElse(-1);
    }
}
