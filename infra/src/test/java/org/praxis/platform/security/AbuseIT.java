package org.praxis.platform.security;

import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits that keep one user, or a stranger, from hurting the service for everyone else. */
@TestPropertySource(properties = {"praxis.rate-limit.searches-per-minute=5", "praxis.rate-limit.uploads-per-minute=2"})
@DirtiesContext // its own application context (other limits): closed afterwards, not left running beside the shared one
class AbuseIT extends PraxisIT {

    @Test
    void a_user_over_the_search_limit_is_told_when_to_come_back_and_others_search_on() {
        Api eager = withToken(newUser("eager", "READER"));
        Api patient = withToken(newUser("patient", "READER"));

        for (int i = 0; i < 5; i++) {
            assertThat(eager.get("/api/search?q=plan").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<String> refused = eager.exchange(HttpMethod.GET, "/api/experts?q=plan", null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Integer.parseInt(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1, 12);
        assertThat(eager.get("/api/documents/none").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(patient.get("/api/search?q=plan").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void uploads_over_the_limit_are_refused_before_anything_is_stored() throws IOException {
        Api uploader = withToken(newUser("uploader", "CONTRIBUTOR"));
        Path file = Files.writeString(Files.createTempFile("limit", ".txt"), "A note.");

        assertThat(uploader.upload(file, "one.txt", Map.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(uploader.upload(file, "two.txt", Map.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var refused = uploader.upload(file, "three.txt", Map.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(uploader.search("three.txt").get("total").asInt()).isZero();
    }

    @Test
    void an_admins_import_is_held_back_by_the_pipeline_not_by_the_per_minute_limit() throws IOException {
        Api importer = withToken(newUser("importer", "ADMIN", "CONTRIBUTOR"));

        for (int i = 0; i < 4; i++) {
            Path file = Files.writeString(Files.createTempFile("import", ".txt"), "Imported note " + i + ".");
            var answer = importer.upload(file, "import-" + i + ".txt", Map.of());
            assertThat(answer.getStatusCode()).as("upload %d of an import over a limit of 2 a minute", i + 1)
                    .isEqualTo(HttpStatus.CREATED);
        }
    }

    @Test
    void an_upload_without_an_account_is_refused_before_its_body_is_read() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/documents HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 10737418240\r\n\r\n--x\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            assertThat(status).isEqualTo("HTTP/1.1 401 ");
        }
    }

    @Test
    void answers_carry_security_headers_and_grant_no_cross_origin_access() {
        Api reader = withToken(newUser("reader", "READER"));

        ResponseEntity<String> answer = reader.withHeader("Origin", "https://elsewhere.example")
                .exchange(HttpMethod.GET, "/api/search?q=plan", null);

        HttpHeaders headers = answer.getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getAccessControlAllowOrigin()).isNull();
        ResponseEntity<String> preflight = api(null, null).withHeader("Origin", "https://elsewhere.example")
                .withHeader("Access-Control-Request-Method", "POST")
                .exchange(HttpMethod.OPTIONS, "/api/documents", null);
        assertThat(preflight.getHeaders().getAccessControlAllowOrigin()).isNull();
    }

    @Test
    void a_revoked_api_token_no_longer_signs_anyone_in() {
        Api user = newUser("scripter", "READER");
        var issued = user.post("/api/me/tokens", Map.of("name", "nightly export")).getBody();
        Api script = Api.withToken("http://localhost:" + port, user.username(), issued.get("token").asText());
        assertThat(script.get("/api/search?q=plan").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(user.get("/api/me/tokens").getBody().toString()).contains("nightly export")
                .doesNotContain(issued.get("token").asText());

        assertThat(user.delete("/api/me/tokens/" + issued.get("id").asText()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> refused = script.exchange(HttpMethod.GET, "/api/search?q=plan", null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getBody()).contains("unknown or revoked");
    }
}
