package org.praxis.app.lesson;

import org.praxis.platform.security.PraxisUser;
import org.praxis.query.practice.PracticeEntry;
import org.praxis.query.practice.PracticeQueries;
import org.praxis.query.search.SearchHit;
import org.praxis.query.search.SearchQuery;
import org.praxis.query.search.SearchService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The practices a lesson may adapt, found by their words as a person remembers the title: each with the revision it
 * is at now, which the adaptation is then written against (so a practice changed meanwhile is caught, not
 * overwritten).
 */
@Component
class PracticeChoices {

    /** How many practices a search offers. */
    static final int OFFERED = 8;

    private final SearchService search;
    private final PracticeQueries practices;

    PracticeChoices(SearchService search, PracticeQueries practices) {
        this.search = search;
        this.practices = practices;
    }

    /** A practice to choose; the form sends back {@code id@revision}, the revision it was chosen at. */
    record Choice(String id, String title, int revision, String status) {
    }

    /** The practices matching {@code words}, best first; none for blank words. */
    List<Choice> find(String words, PraxisUser user) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        return search.search(new SearchQuery(words, "practice", null, null, null, null, null, 1, OFFERED),
                        user.viewer()).hits().stream().map(SearchHit::id).map(practices::current)
                .flatMap(Optional::stream).map(PracticeChoices::choice).toList();
    }

    /** The title of the practice now, for lists that name it; its id when it is gone. */
    String title(String practiceId) {
        return practices.current(practiceId).map(PracticeEntry::title).orElse(practiceId);
    }

    private static Choice choice(PracticeEntry practice) {
        return new Choice(practice.id(), practice.title(), practice.revision(), practice.status().name());
    }
}
