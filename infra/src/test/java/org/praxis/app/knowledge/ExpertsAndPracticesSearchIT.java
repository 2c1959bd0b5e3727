package org.praxis.app.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.springframework.http.HttpStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.assertProblem;
import static org.praxis.app.support.Responses.created;

/** Finding the right colleague and the right practice, each with the reasons why. */
class ExpertsAndPracticesSearchIT extends PraxisIT {

    @Test
    void expertsAreRankedFromTheirVisibleWorkAndSkillsAndOptingOutIsRespected() throws Exception {
        String topic = "autoscaling" + System.nanoTime();
        Api alice = newUser("alice", "CONTRIBUTOR");
        Api bob = newUser("bob", "CONTRIBUTOR");
        Api carol = newUser("carol", "READER");
        Api erin = newUser("erin", "CONTRIBUTOR");
        Api frank = newUser("frank", "CONTRIBUTOR");
        Api asker = newUser("asker", "READER");

        created(alice.post("/api/practices", Map.of("title", "Pod " + topic, "body", "Scale pods on " + topic + " metrics.")));
        alice.upload(textFile("Our " + topic + " runbook for the cluster."), "runbook.txt", Map.of());
        String lesson = created(bob.post("/api/lessons", Map.of("title", "Outage", "whatHappened",
                "The nodes ran out of memory.", "severity", "HIGH")));
        bob.post("/api/lessons/" + lesson + "/insights", Map.of("text", "The " + topic + " limits were too low."));
        carol.put("/api/people/me/skills", Map.of("skills", List.of(topic)));
        asker.post("/api/people/" + carol.username() + "/endorsements", Map.of("skill", topic));
        created(erin.post("/api/practices", Map.of("title", "Cluster " + topic, "body", "Use " + topic + " wisely.")));
        erin.put("/api/people/me/expertise", Map.of("visible", false));
        frank.upload(textFile("Secret " + topic + " plans."), "plans.txt", Map.of("visibility", "PRIVATE"));
        frank.awaitSearch(topic, r -> r.get("total").asInt() >= 5);

        JsonNode experts = asker.getUntil("/api/experts?q=" + topic,
                list -> people(list).containsAll(List.of(alice.username(), bob.username(), carol.username())));

        List<String> ranked = people(experts);
        assertThat(ranked).doesNotContain(erin.username(), frank.username());
        assertThat(ranked.indexOf(alice.username())).isLessThan(ranked.indexOf(bob.username()));
        JsonNode first = experts.get(ranked.indexOf(alice.username()));
        assertThat(first.get("explanation").asText()).startsWith("wrote “Pod " + topic + "”").contains("; uploaded “");
        assertThat(first.get("evidence")).hasSize(2);
        assertThat(first.get("evidence").get(0).get("role").asText()).isEqualTo("wrote");
        JsonNode skilled = experts.get(ranked.indexOf(carol.username()));
        assertThat(skilled.get("explanation").asText()).contains("declared the skill '" + topic + "'",
                "endorsed by 1 colleague");
        assertProblem(asker.get("/api/experts?q="), HttpStatus.BAD_REQUEST, "q is required");
    }

    @Test
    void bestPracticesRankByEndorsementAndVerificationAndLabelOtherIndustriesAndSuccessors() {
        String topic = "handover" + System.nanoTime();
        Api author = newUser("author", "CONTRIBUTOR");
        Api curator = newUser("curator", "CURATOR", "CONTRIBUTOR");
        List<Api> colleagues = List.of(newUser("c1", "READER"), newUser("c2", "READER"));
        String endorsed = created(author.post("/api/practices", Map.of("title", "Shift " + topic,
                "body", "Write the " + topic + " note before leaving.", "industry", "software")));
        String aviation = created(author.post("/api/practices", Map.of("title", "Crew " + topic,
                "body", "Brief the " + topic + " face to face.", "industry", "aviation")));
        String old = created(author.post("/api/practices", Map.of("title", "Verbal " + topic,
                "body", "Tell the next shift the " + topic + " items.", "industry", "software")));
        String draft = created(author.post("/api/practices", Map.of("title", "Draft " + topic, "body", topic)));
        for (String id : List.of(endorsed, aviation, old)) {
            curator.post("/api/practices/" + id + "/publish", Map.of());
        }
        colleagues.forEach(c -> c.post("/api/practices/" + endorsed + "/endorse", Map.of()));
        curator.post("/api/practices/" + endorsed + "/verify", Map.of("validDays", 90));
        assertProblem(author.post("/api/practices/" + old + "/deprecate", Map.of("reason", "notes get lost",
                "supersededBy", "no-such-practice")), HttpStatus.BAD_REQUEST, "no practice no-such-practice");
        author.post("/api/practices/" + old + "/deprecate", Map.of("reason", "notes get lost", "supersededBy", endorsed));
        author.awaitSearch(topic, r -> r.get("total").asInt() == 4);

        // the index holds other tests' practices too, some close in meaning: only this test's are compared
        JsonNode hits = ours(author.getUntil("/api/practices/search?q=" + topic + "&industry=software",
                list -> ours(list, endorsed, aviation, old, draft).size() == 2
                        && ours(list, endorsed, aviation, old, draft).get(0).get("endorsements").asInt() == 2),
                endorsed, aviation, old, draft);

        assertThat(hits.get(0).get("id").asText()).isEqualTo(endorsed);
        assertThat(hits.get(0).get("explanation").asText()).contains("endorsed by 2 colleagues", "verified until",
                "from your industry");
        assertThat(hits.get(1).get("id").asText()).isEqualTo(aviation);
        assertThat(hits.get(1).get("fromAnotherIndustry").asBoolean()).isTrue();
        assertThat(hits.get(1).get("explanation").asText()).contains("from another industry (aviation)");
        JsonNode withDeprecated = author.get("/api/practices/search?q={q}&industry=software&includeDeprecated=true",
                topic).getBody();
        List<String> ids = new ArrayList<>();
        withDeprecated.forEach(hit -> ids.add(hit.get("id").asText()));
        assertThat(ids).contains(old).doesNotContain(draft);
        JsonNode deprecated = withDeprecated.get(ids.indexOf(old));
        assertThat(deprecated.get("supersededBy").asText()).isEqualTo(endorsed);
        assertThat(deprecated.get("explanation").asText()).contains("superseded by " + endorsed);
    }

    /** The hits that are these practices, in the order found. */
    private static JsonNode ours(JsonNode hits, String... ids) {
        ArrayNode mine = JsonNodeFactory.instance.arrayNode();
        hits.forEach(hit -> {
            if (List.of(ids).contains(hit.get("id").asText())) {
                mine.add(hit);
            }
        });
        return mine;
    }

    private static List<String> people(JsonNode experts) {
        List<String> ids = new ArrayList<>();
        if (experts.isArray()) {
            experts.forEach(expert -> ids.add(expert.get("person").get("id").asText()));
        }
        return ids;
    }

    private static Path textFile(String content) throws Exception {
        return Files.writeString(Files.createTempFile("evidence", ".txt"), content);
    }
}
