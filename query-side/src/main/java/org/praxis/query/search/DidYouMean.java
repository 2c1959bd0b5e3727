package org.praxis.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.praxis.query.Viewer;

import java.io.IOException;
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
        if (corrected.equals(query.text())) {
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
