package org.praxis.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the API answers, read the way the integration tests check it. */
public final class Responses {

    private Responses() {
    }

    /** The id of what a 201 answer created; fails, showing the body, on any other status. */
    public static String created(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asText();
    }

    /** Asserts an {@code application/problem+json} answer with this status whose detail contains the text. */
    public static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String detailContains) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
        if (detailContains != null) {
            assertThat(response.getBody().get("detail").asText()).containsIgnoringCase(detailContains);
        }
    }

    /** The ids of a search answer's hits, in order. */
    public static List<String> hitIds(JsonNode results) {
        return texts(results.get("hits"), "id");
    }

    /** The {@code summary} of each entry of a history. */
    public static List<String> summaries(JsonNode history) {
        return texts(history, "summary");
    }

    /** The text of each element of a JSON array. */
    public static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** The text of {@code field} in each element of a JSON array. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }
}
