package org.praxis.app.discussion;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.query.discussion.Discussions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DiscussionConfiguration {

    @Bean
    Discussions discussions(EventStore events) {
        return new Discussions(events);
    }
}
