package org.praxis.query.expertise;

import org.praxis.query.search.Evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one item adds to one person's expertise: their part in it and the credit it gives. */
record Vote(Evidence item, ExpertSearch.Role role, double credit) {

    /**
     * One phrase per part, the part with the strongest item first, naming that item: "wrote “Rotating API keys”
     * and 2 more matching items", "uploaded 3 matching items".
     */
    static List<String> describe(List<Vote> strongestFirst) {
        Map<ExpertSearch.Role, List<Vote>> byRole = new LinkedHashMap<>();
        strongestFirst.forEach(vote -> byRole.computeIfAbsent(vote.role(), role -> new ArrayList<>()).add(vote));
        List<String> phrases = new ArrayList<>();
        byRole.forEach((role, votes) -> {
            String title = votes.get(0).item().title();
            int more = votes.size() - 1;
            if (title == null || title.isBlank()) {
                phrases.add(role.verb + " " + items(votes.size()));
            } else {
                phrases.add(role.verb + " “" + title + "”" + (more == 0 ? "" : " and " + more + " more "
                        + (more == 1 ? "matching item" : "matching items")));
            }
        });
        return phrases;
    }

    private static String items(int count) {
        return count == 1 ? "1 matching item" : count + " matching items";
    }
}
