package org.praxis.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.app.support.PraxisProcess;
import org.praxis.app.support.TestServices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Praxis as operators run it: two instances side by side (a kill -9 in the middle of an import: ImportCrashIT). */
class InstancesIT {

    private static final String PASSWORD = "instances-admin-password";

    @Test
    void two_instances_share_the_processing_and_both_serve() throws Exception {
        String database = TestServices.get().newDatabase();
        List<String> eventStore = PraxisProcess.postgres(database);
        String prefix = PraxisProcess.indexPrefix("inst");
        Path data = Files.createTempDirectory("praxis-shared");
        String word = word();
        try (PraxisProcess first = PraxisProcess.start("first", PraxisProcess.freePort(), eventStore, prefix, data,
                PASSWORD, "--praxis.processing.segments=4", "--praxis.processing.max-claimed-segments=2");
             // the other from the jar as packaged, as the README's command runs it
             PraxisProcess second = PraxisProcess.startPackaged("second", PraxisProcess.freePort(), eventStore, prefix,
                     data, PASSWORD, "--praxis.processing.segments=4", "--praxis.processing.max-claimed-segments=2")) {
            Set<String> uploaded = new HashSet<>();
            for (PraxisProcess instance : List.of(first, second)) {
                Api admin = new Api(instance.baseUrl(), "admin", PASSWORD);
                for (int i = 0; i < 5; i++) {
                    uploaded.add(admin.upload(note(word, uploaded.size()), "note.txt", Map.of()).getBody().get("id")
                            .asText());
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

    /** Note {@code i}: different bytes for every upload, as search lists identical copies once. */
    private static Path note(String word, int i) throws IOException {
        return Files.writeString(Files.createTempFile("note", ".txt"), "Note " + i + " about " + word + ".");
    }

    private static String word() {
        return PraxisIT.uniqueWord("instq");
    }
}
