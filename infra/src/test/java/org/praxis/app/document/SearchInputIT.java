package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.PraxisIT;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever people type into the search box gets a safe answer: results, or a clear 400. Never a 500. */
class SearchInputIT extends PraxisIT {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "*", "\"unbalanced quote", "((", "a -", "|", "+-~*", "title:secret",
            "\\", "<script>alert(1)</script>", "OR AND NOT", "ünïcödé façade", "中文測試", "what is", "a* b?",
            "field:[1 TO 5]", "%00", "/regex.*/"})
    void oddQueriesGetResults(String query) {
        ResponseEntity<JsonNode> response = admin().get("/api/search?q={q}", query);

        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("total").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void tooLongQueriesAndTooDeepPagesAreRefusedClearly() {
        ResponseEntity<JsonNode> tooLong = admin().get("/api/search?q={q}", "word ".repeat(801));
        ResponseEntity<JsonNode> tooDeep = admin().get("/api/search?q=x&page=200&size=100");

        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().get("detail").asText()).contains("at most 4000 characters");
        assertThat(tooDeep.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooDeep.getBody().get("detail").asText()).contains("narrow the query");
    }
}
