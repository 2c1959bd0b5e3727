package org.praxis.app.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.gap.GapIds;
import org.praxis.command.gap.RecordUnansweredQueryCommand;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.search.SearchQuery;
import org.praxis.query.search.SearchResults;
import org.praxis.query.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A person's search, from the API or the search page: the results they may see, and a knowledge gap
 * recorded when a question found nothing (never delaying or failing the search).
 */
@Service
class Searches {

    private static final Logger log = LoggerFactory.getLogger(Searches.class);

    private final SearchService search;
    private final CommandGateway commands;
    private final Timer latency;

    Searches(SearchService search, CommandGateway commands, MeterRegistry registry) {
        this.search = search;
        this.commands = commands;
        this.latency = Timer.builder("praxis.search.latency").description("time to answer a search")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    SearchResults run(SearchQuery query, PraxisUser user) {
        SearchResults results = latency.record(() -> search.search(query, user.viewer()));
        if (results.total() == 0 && !query.text().isBlank() && query.page() == 1) {
            commands.send(new RecordUnansweredQueryCommand(GapIds.of(query.text()), query.text(), user.getUsername()))
                    .exceptionally(e -> {
                        log.warn("Could not record the unanswered query: {}", e.getMessage());
                        return null;
                    });
        }
        return results;
    }
}
