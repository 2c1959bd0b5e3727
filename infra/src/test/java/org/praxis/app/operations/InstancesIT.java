package org.praxis.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.app.support.PraxisProcess;
import org.praxis.app.support.TestServices;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Praxis as operators run it: killed hard in the middle of work, and two instances side by side. */
class InstancesIT {

    private static final String PASSWORD = "instances-admin-password";

    @Test
    void after_a_kill_9_in_the_middle_of_ingesting_every_accepted_upload_is_indexed_exactly_once() throws Exception {
        String database = TestServices.get().newDatabase();
        String prefix = prefix();
        Path data = Files.createTempDirectory("praxis-killed");
        String word = word();
        List<String> accepted = new ArrayList<>();
        int port = freePort();
        try (PraxisProcess praxis = PraxisProcess.start("killed", port, database, prefix, data, PASSWORD)) {
            Api admin = new Api(praxis.baseUrl(), "admin", PASSWORD);
            for (int i = 0; i < 12; i++) {
                accepted.add(admin.upload(note(word, i), "note-" + i + ".txt", Map.of()).getBody().get("id").asText());
            }
            praxis.kill();
        }
        try (PraxisProcess praxis = PraxisProcess.start("restarted", port, database, prefix, data, PASSWORD)) {
            Api admin = new Api(praxis.baseUrl(), "admin", PASSWORD);
            JsonNode found = admin.awaitSearch(word, r -> r.get("total").asInt() >= accepted.size()
                    && r.get("hits").findValuesAsText("status").stream().allMatch("INDEXED"::equals));

            assertThat(found.get("total").asInt()).isEqualTo(accepted.size());
            assertThat(found.get("hits").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(accepted);
        }
    }

    @Test
    void two_instances_share_the_processing_and_both_serve() throws Exception {
        String database = TestServices.get().newDatabase();
        String prefix = prefix();
        Path data = Files.createTempDirectory("praxis-shared");
        String word = word();
        try (PraxisProcess first = PraxisProcess.start("first", freePort(), database, prefix, data, PASSWORD,
                "--praxis.processing.max-claimed-segments=8");
             PraxisProcess second = PraxisProcess.start("second", freePort(), database, prefix, data, PASSWORD,
                     "--praxis.processing.max-claimed-segments=8")) {
            Set<String> uploaded = new HashSet<>();
            for (PraxisProcess instance : List.of(first, second)) {
                Api admin = new Api(instance.baseUrl(), "admin", PASSWORD);
                for (int i = 0; i < 5; i++) {
                    uploaded.add(admin.upload(note(word, i), "note.txt", Map.of()).getBody().get("id").asText());
                }
            }

            for (PraxisProcess instance : List.of(first, second)) {
                JsonNode found = new Api(instance.baseUrl(), "admin", PASSWORD).awaitSearch(word,
                        r -> r.get("total").asInt() == uploaded.size()
                                && r.get("hits").findValuesAsText("status").stream().allMatch("INDEXED"::equals));
                assertThat(found.get("hits").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(uploaded);
            }
            assertThat(owners(database, "documents")).as("instances holding segments of 'documents'").hasSize(2);
        }
    }

    private static Set<String> owners(String database, String processor) throws Exception {
        TestServices services = TestServices.get();
        Set<String> owners = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(database, services.username(), services.password());
             var statement = connection.prepareStatement(
                     "select distinct owner from token_entry where processor_name = ? and owner is not null")) {
            statement.setString(1, processor);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    owners.add(rows.getString(1));
                }
            }
        }
        return owners;
    }

    private static Path note(String word, int i) throws IOException {
        return Files.writeString(Files.createTempFile("note", ".txt"), "Note " + i + " about " + word + ".");
    }

    private static String prefix() {
        return "praxis-inst-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String word() {
        return PraxisIT.uniqueWord("instq");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
