package org.praxis.app.notification;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.assertProblem;
import static org.praxis.app.support.Responses.texts;

/** Saved searches: kept per person, and a notification for each later result the person may see, once. */
class SavedSearchesIT extends PraxisIT {

    @Autowired
    SavedSearchAlerts alerts;

    @Test
    void aSavedSearchTellsItsOwnerOfEachNewResultTheyMaySeeOnce() throws IOException {
        String word = uniqueWord("kiln");
        Api ann = withToken(newUser("ann", "READER"));
        Api bob = withToken(newUser("bob", "CONTRIBUTOR"));
        String before = bob.upload(note(word + " schedule, first draft"), "first.txt", Map.of()).getBody()
                .get("id").asText();
        bob.awaitSearch(word, results -> results.get("total").asInt() == 1);

        assertProblem(ann.post("/api/saved-searches", Map.of("name", " ", "q", word)), HttpStatus.BAD_REQUEST,
                "name");
        ResponseEntity<JsonNode> saved = ann.post("/api/saved-searches", Map.of("name", "Kiln schedules", "q", word,
                "filters", Map.of("type", "document"), "notify", true));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = saved.getBody().get("id").asText();
        assertThat(texts(ann.get("/api/saved-searches").getBody(), "name")).containsExactly("Kiln schedules");

        String open = bob.upload(note(word + " schedule for March"), "march.txt", Map.of()).getBody().get("id")
                .asText();
        String secret = bob.upload(note(word + " salaries"), "salaries.txt", Map.of("visibility", "PRIVATE"))
                .getBody().get("id").asText();
        bob.awaitSearch(word, results -> results.get("total").asInt() == 3);

        alerts.checkAt(Instant.now());
        JsonNode inbox = ann.get("/api/me/notifications").getBody();
        assertThat(texts(inbox.get("notifications"), "reason")).containsExactly("SAVED_SEARCH");
        assertThat(inbox.get("notifications").get(0).get("itemId").asText()).isEqualTo(open);
        assertThat(inbox.toString()).contains("Kiln schedules").doesNotContain(secret, before, "salaries");
        alerts.checkAt(Instant.now());
        assertThat(ann.get("/api/me/notifications").getBody().get("total").asInt()).as("once").isEqualTo(1);

        assertProblem(bob.delete("/api/saved-searches/" + id), HttpStatus.NOT_FOUND, null);
        assertThat(ann.delete("/api/saved-searches/" + id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(ann.get("/api/saved-searches").getBody()).isEmpty();
    }
}
