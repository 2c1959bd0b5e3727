package org.praxis.app.account;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The account made on the first start can do what the first person of a company sets up. */
class FirstAdminIT extends PraxisIT {

    @Test
    void theFirstAdminPublishesAndVerifiesPracticesAndReadsTheAudit() {
        Api admin = admin();
        JsonNode account = null;
        for (JsonNode each : admin.get("/api/admin/users").getBody()) {
            if (each.get("username").asText().equals("admin")) {
                account = each;
            }
        }
        assertThat(account).isNotNull();
        assertThat(account.get("roles")).extracting(JsonNode::asText)
                .contains("ADMIN", "CURATOR", "AUDITOR", "CONTRIBUTOR", "READER");

        String practice = admin.post("/api/practices", Map.of("title", "Our first practice " + uniqueWord("f"),
                "body", "Write it down.")).getBody().get("id").asText();
        assertThat(admin.post("/api/practices/" + practice + "/publish", Map.of()).getStatusCode().is2xxSuccessful())
                .isTrue();
        assertThat(admin.get("/api/audit/events").getStatusCode().is2xxSuccessful()).isTrue();
    }
}
