package org.praxis.app.discussion;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.platform.processing.DeadLetterParking;
import org.praxis.query.IndexNames;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.TextAnalysis;
import org.praxis.query.discussion.DiscussionEntry;
import org.praxis.query.discussion.DiscussionProjection;
import org.praxis.query.discussion.Discussions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Threads read from the event store; the {@code discussions} index, which makes items found by their comments. */
@Configuration(proxyBeanMethods = false)
class DiscussionConfiguration {

    @Bean
    Discussions discussions(EventStore events) {
        return new Discussions(events);
    }

    @Bean(initMethod = "ensureExists")
    ProjectionIndex<DiscussionEntry> discussionIndex(ElasticsearchClient client, IndexNames names,
                                                     TextAnalysis analysis, DeadLetterParking parking) {
        return new ProjectionIndex<>(client, names, analysis, IndexNames.DISCUSSIONS, DiscussionEntry.class,
                "/org/praxis/query/discussion/discussions-index.json",
                parking.forGroup(DiscussionProjection.PROCESSING_GROUP));
    }

    @Bean
    DiscussionProjection discussionProjection(ProjectionIndex<DiscussionEntry> index) {
        return new DiscussionProjection(index);
    }
}
