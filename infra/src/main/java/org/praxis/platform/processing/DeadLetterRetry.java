package org.praxis.platform.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.praxis.app.notification.NotificationProjection;
import org.praxis.command.extraction.TextExtractionPolicy;
import org.praxis.query.discussion.DiscussionProjection;
import org.praxis.query.document.DocumentProjection;
import org.praxis.query.gap.GapProjection;
import org.praxis.query.lesson.LessonProjection;
import org.praxis.query.person.PersonProjection;
import org.praxis.query.practice.PracticeProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Events a processor could not handle wait in its dead-letter queue (with every later event of the
 * same document behind them) instead of being dropped. Most failures are passing ones, such as
 * Elasticsearch being unreachable, so the queues are retried regularly, in order, until they are empty.
 */
@Component
public class DeadLetterRetry {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetry.class);
    private static final List<String> GROUPS = List.of(DocumentProjection.PROCESSING_GROUP,
            PracticeProjection.PROCESSING_GROUP, LessonProjection.PROCESSING_GROUP, PersonProjection.PROCESSING_GROUP,
            GapProjection.PROCESSING_GROUP, TextExtractionPolicy.PROCESSING_GROUP,
            NotificationProjection.PROCESSING_GROUP, DiscussionProjection.PROCESSING_GROUP);
    /** Bounds one round, so a queue that keeps failing cannot hold the scheduler. */
    private static final int MAX_SEQUENCES_PER_ROUND = 1_000;

    private final EventProcessingConfiguration processing;

    DeadLetterRetry(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Scheduled(fixedDelayString = "${praxis.processing.dead-letter-retry-interval:30s}",
            initialDelayString = "${praxis.processing.dead-letter-retry-interval:30s}")
    void retryAll() {
        GROUPS.forEach(this::retry);
    }

    /** Hands the group's dead-lettered sequences to its handlers again; returns how many were processed. */
    public int retry(String group) {
        int retried = processing.sequencedDeadLetterProcessor(group).map(queue -> {
            int processed = 0;
            while (processed < MAX_SEQUENCES_PER_ROUND && queue.processAny()) {
                processed++;
            }
            return processed;
        }).orElse(0);
        if (retried > 0) {
            log.info("Processed {} dead-lettered event sequence(s) of {} again", retried, group);
        }
        return retried;
    }
}
