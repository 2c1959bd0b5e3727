package org.praxis.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.praxis.query.Viewer;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.praxis.query.ItemFields.CONTENT;

/**
 * "Did you mean …?": a term suggester rides along with the search request, and a correction built from its
 * options (never of words with digits) is offered only when the corrected query finds something this viewer
 * may see: the suggester reads every document's terms, so an unchecked suggestion could reveal words of
 * documents the viewer must not know of.
 */
final class DidYouMean {

    private static final String SUGGESTION = "didYouMean";
    /** How the searched text fields read a query (see {@code TextAnalysis}). */
    private static final String SEARCH_ANALYZER = "praxis_english_search";

    private final ElasticsearchClient client;
    private final SearchScope scope;

    DidYouMean(ElasticsearchClient client, SearchScope scope) {
        this.client = client;
        this.scope = scope;
    }

    /** Asks {@code request} for corrections of {@code text}'s words missing from the index. */
    static void ask(SearchRequest.Builder request, String text) {
        request.suggest(s -> s.text(text).suggesters(SUGGESTION, fs -> fs.term(t -> t.field(CONTENT)
                .suggestMode(SuggestMode.Missing))));
    }

    /**
     * Whether search reads both texts as the same words ("api keys" and "api key" are both {@code api key} once
     * stemmed): the suggester compares surface forms, so it offers another form of a word the search already found.
     */
    private boolean sameWordsToSearch(String typed, String corrected, SearchQuery query) throws IOException {
        String index = scope.indices(query.type()).get(0);
        return analyzed(index, typed).equals(analyzed(index, corrected));
    }

    private List<String> analyzed(String index, String text) throws IOException {
        return client.indices().analyze(a -> a.index(index).analyzer(SEARCH_ANALYZER).text(text)).tokens().stream()
                .map(AnalyzeToken::token).toList();
    }

    /** The corrected query text to offer, or null when there is none that finds a visible item. */
    String offer(SearchQuery query, SearchResponse<?> response, Viewer viewer) throws IOException {
        var suggestions = response.suggest().get(SUGGESTION);
        if (suggestions == null) {
            return null;
        }
        String corrected = query.text();
        for (var suggestion : suggestions) {
            var term = suggestion.term();
            // an identifier a typo away is another identifier: never "did you mean INC-20417?"
            if (!term.options().isEmpty() && term.text().chars().noneMatch(Character::isDigit)) {
                corrected = corrected.replaceAll("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(term.text())
                        + "(?![\\p{L}\\p{N}])", Matcher.quoteReplacement(term.options().get(0).text()));
            }
        }
        if (corrected.equals(query.text()) || sameWordsToSearch(query.text(), corrected, query)) {
            return null;
        }
        // one visible item with the corrected words is enough: stop counting there
        QueryText correctedText = new QueryText(corrected);
        long visible = client.count(c -> c.index(scope.indices(query.type())).terminateAfter(1L)
                .query(q -> q.bool(b -> SearchScope.visible(b, query, viewer).must(Ranking.exactly(correctedText)))))
                .count();
        return visible > 0 ? corrected : null;
    }
}
