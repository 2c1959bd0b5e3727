package org.praxis.app.search;

import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Page;
import org.praxis.query.expertise.ExpertSearch;
import org.praxis.query.search.SearchQuery;
import org.praxis.query.search.SearchResults;
import org.praxis.query.search.TitleSuggestions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;

/**
 * The search page: one box with suggestions as you type, highlighted results, facets, paging and
 * "did you mean"; when nothing is found, the colleagues most likely to know.
 */
@Page
class SearchPage {

    private static final int PAGE_SIZE = 10;
    private static final int EXPERTS_WHEN_EMPTY = 3;

    private final Searches searches;
    private final TitleSuggestions titles;
    private final ExpertSearch experts;

    SearchPage(Searches searches, TitleSuggestions titles, ExpertSearch experts) {
        this.searches = searches;
        this.titles = titles;
        this.experts = experts;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q,
                  @RequestParam(required = false) String type,
                  @RequestParam(required = false) String tag,
                  @RequestParam(required = false) String project,
                  @RequestParam(required = false) String mediaType,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "1") int page,
                  @AuthenticationPrincipal PraxisUser user, Model model) {
        SearchResults results = searches.run(new SearchQuery(q, blank(type), blank(tag), blank(project),
                blank(mediaType), from, to, page, PAGE_SIZE), user);
        model.addAttribute("q", q);
        model.addAttribute("results", results);
        model.addAttribute("links", SearchLinks.of(q, blank(type), blank(tag), blank(project), blank(mediaType),
                from, to));
        model.addAttribute("lastPage", (int) Math.max(1, Math.min((results.total() + PAGE_SIZE - 1) / PAGE_SIZE,
                SearchQuery.MAX_RESULT_WINDOW / PAGE_SIZE)));
        model.addAttribute("experts", results.total() == 0 && !q.isBlank()
                ? experts.find(q, null, EXPERTS_WHEN_EMPTY, user.viewer()) : List.of());
        return "search";
    }

    /** Completions for the search box, as {@code <option>}s of its list. */
    @GetMapping("/search/suggestions")
    String suggestions(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal PraxisUser user,
                       Model model) {
        boolean typed = !q.isBlank() && q.length() <= TitleSuggestions.MAX_PREFIX_LENGTH;
        model.addAttribute("suggestions", typed ? titles.suggest(q, user.viewer()) : List.of());
        return "search :: options";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
