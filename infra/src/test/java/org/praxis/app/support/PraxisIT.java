package org.praxis.app.support;

import org.praxis.app.PraxisApplication;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Base of the integration tests: the whole application on a random port, with its event store on
 * PostgreSQL, its indexes on a real Elasticsearch node (see {@link TestServices}) and its e-mail sent to a real SMTP
 * server ({@link TestMail}). Each application
 * context gets its own database and index prefix; they share the data folder (blobs are stored by content).
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = PraxisApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=postgres",
        "praxis.elasticsearch.mode=external",
        "praxis.upload.max-size=2MB",
        "praxis.extraction.timeout=30s",
        "praxis.oidc.groups-claim=groups",
        "praxis.mail.interval=1h", // tests run the mail rounds themselves
        "praxis.admin.password=" + PraxisIT.ADMIN_PASSWORD})
public abstract class PraxisIT {

    public static final String ADMIN_PASSWORD = "integration-test-admin";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestServices services = TestServices.get();
        String database = services.contextJdbcUrl(); // called once for each context Spring starts
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", services::username);
        registry.add("spring.datasource.password", services::password);
        registry.add("praxis.elasticsearch.uris", services::elasticsearchUri);
        registry.add("praxis.elasticsearch.index-prefix", () -> "praxis-it-" + UUID.randomUUID().toString().substring(0, 8));
        registry.add("praxis.data-dir", () -> services.dataDir().toString());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    /**
     * A word no other test uses (letters only, so that the analyzer keeps it whole): tests share the
     * indexes, so each searches for words of its own.
     */
    public static String uniqueWord(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
    }

    /** A small text file saying {@code text}, to upload. */
    protected static Path note(String text) throws IOException {
        return Files.writeString(Files.createTempFile("note", ".txt"), "A note: " + text + ".");
    }

    protected Api api(String username, String password) {
        return new Api("http://localhost:" + port, username, password);
    }

    /** The same user, signed in with a new API token (fast: no password hash per request). */
    protected Api withToken(Api user) {
        return user.withNewToken();
    }

    protected Api admin() {
        return api("admin", ADMIN_PASSWORD);
    }

    /** A new account with these roles (a unique name starting with {@code prefix}), signed in. */
    protected Api newUser(String prefix, String... roles) {
        return newUser(prefix, Set.of(), roles);
    }

    /** The password {@link #newUser} gives an account. */
    protected static String passwordOf(String username) {
        return "password of " + username;
    }

    /** A new account with these roles, member of these groups, signed in. */
    protected Api newUser(String prefix, Set<String> groups, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = passwordOf(username);
        var response = admin().post("/api/admin/users", Map.of("username", username, "password", password,
                "roles", List.of(roles), "groups", groups));
        if (response.getStatusCode().value() != 201) {
            throw new IllegalStateException("could not create " + username + ": " + response.getBody());
        }
        return api(username, password).as(username);
    }
}
