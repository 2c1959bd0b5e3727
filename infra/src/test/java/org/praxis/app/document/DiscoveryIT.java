package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Completions while typing and "more like this", both only from what the asker may see. */
class DiscoveryIT extends PraxisIT {

    @Test
    void titlesAreSuggestedWhileTypingButNeverTitlesOfHiddenDocuments() {
        String word = "zorblax" + System.nanoTime();
        Api owner = newUser("owner", "CONTRIBUTOR");
        Api other = newUser("other", "READER");
        String open = "Quarterly " + word + " review";
        String hidden = "Quarterly " + word + " salaries";
        owner.upload(SharedFixtures.corpus().resolve("testPDF.pdf"), "a.pdf", Map.of("title", open));
        owner.upload(SharedFixtures.corpus().resolve("testRTF.rtf"), "b.rtf", Map.of("title", hidden, "visibility", "PRIVATE"));
        owner.awaitSearch(word, r -> r.get("total").asInt() == 2);

        assertThat(strings(owner.get("/api/search/suggest?prefix={p}", "quarterly " + word.substring(0, 9)).getBody()))
                .contains(open, hidden);
        assertThat(strings(other.get("/api/search/suggest?prefix={p}", "quarterly " + word.substring(0, 9)).getBody()))
                .contains(open).doesNotContain(hidden);
        assertThat(other.get("/api/search/suggest?prefix=").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void relatedDocumentsAreTheOnesMostAlikeAndVisible() {
        Api owner = newUser("owner", "CONTRIBUTOR");
        String tag = "related" + System.nanoTime();
        String docx = upload(owner, "testWORD_various.docx", tag);
        String doc = upload(owner, "testWORD_various.doc", tag);
        String spreadsheet = upload(owner, "testEXCEL.xlsx", tag);
        owner.getUntil("/api/search?tag=" + tag + "&q=japanese", r -> r.get("total").asInt() == 2);

        JsonNode related = owner.getUntil("/api/documents/" + docx + "/related?size=20",
                r -> r.isArray() && r.toString().contains(doc));

        List<String> ids = new ArrayList<>();
        related.forEach(hit -> ids.add(hit.get("id").asText()));
        assertThat(ids).doesNotContain(docx);
        if (ids.contains(spreadsheet)) {
            assertThat(ids.indexOf(doc)).isLessThan(ids.indexOf(spreadsheet));
        }
    }

    private static String upload(Api api, String file, String tag) {
        return api.upload(SharedFixtures.corpus().resolve(file), file, Map.of("tags", tag)).getBody().get("id").asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
