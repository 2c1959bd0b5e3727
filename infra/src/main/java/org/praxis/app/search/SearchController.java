package org.praxis.app.search;

import org.praxis.platform.security.PraxisUser;
import org.praxis.query.search.SearchQuery;
import org.praxis.query.search.SearchResults;
import org.praxis.query.search.TitleSuggestions;
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

    private final TitleSuggestions titles;
    private final Searches searches;

    SearchController(TitleSuggestions titles, Searches searches) {
        this.titles = titles;
        this.searches = searches;
    }

    @GetMapping("/api/search/suggest")
    List<String> suggest(@RequestParam(defaultValue = "") String prefix, @AuthenticationPrincipal PraxisUser user) {
        return titles.suggest(prefix, user.viewer());
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
        return searches.run(new SearchQuery(q, type, tag, project, mediaType, from, to, page, size), user);
    }
}
