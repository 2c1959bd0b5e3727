package org.praxis.app.search;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.app.security.PraxisUser;
import org.praxis.command.gap.GapIds;
import org.praxis.command.gap.RecordUnansweredQueryCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.praxis.query.search.SearchQuery;
import org.praxis.query.search.SearchResults;
import org.praxis.query.search.SearchService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/search}: one search over everything the caller may see. */
@RestController
class SearchController {

    private static final Logger log = LoggerFactory.getLogger(SearchController.class);

    private final SearchService search;
    private final CommandGateway commands;

    SearchController(SearchService search, CommandGateway commands) {
        this.search = search;
        this.commands = commands;
    }

    /** A search that found nothing is a knowledge gap; recording it never delays or fails the search. */
    private void recordGap(String query, String actor) {
        commands.send(new RecordUnansweredQueryCommand(GapIds.of(query), query, actor))
                .exceptionally(e -> {
                    log.warn("Could not record the unanswered query: {}", e.getMessage());
                    return null;
                });
    }

    @GetMapping("/api/search/suggest")
    List<String> suggest(@RequestParam(defaultValue = "") String prefix, @AuthenticationPrincipal PraxisUser user) {
        return search.suggest(prefix, user.viewer());
    }

    @GetMapping("/api/search")
    SearchResults search(@RequestParam(defaultValue = "") String q,
                         @RequestParam(required = false) String type,
                         @RequestParam(required = false) String tag,
                         @RequestParam(required = false) String project,
                         @RequestParam(required = false) String mediaType,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(defaultValue = "1") int page,
                         @RequestParam(defaultValue = "10") int size,
                         @AuthenticationPrincipal PraxisUser user) {
        SearchResults results = search.search(new SearchQuery(q, type, tag, project, mediaType, from, to, page, size),
                user.viewer());
        if (results.total() == 0 && !q.isBlank() && page == 1) {
            recordGap(q, user.getUsername());
        }
        return results;
    }
}
