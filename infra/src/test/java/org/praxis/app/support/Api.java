package org.praxis.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.io.FileSystemResource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** A user of the REST API, as curl would be: real HTTP, Basic authentication, every status returned. */
public final class Api {

    private final RestClient client;
    private final String username;

    public Api(String baseUrl, String username, String password) {
        this(RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeaders(headers -> {
                    if (username != null) {
                        headers.setBasicAuth(username, password);
                    }
                })
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build(), username);
    }

    /** A caller that signs in with an API token instead of a password. */
    public static Api withToken(String baseUrl, String username, String token) {
        return new Api(RestClient.builder().baseUrl(baseUrl)
                .defaultHeaders(headers -> headers.setBearerAuth(token))
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build(), username);
    }

    private Api(RestClient client, String username) {
        this.client = client;
        this.username = username;
    }

    Api as(String name) {
        return new Api(client, name);
    }

    public String username() {
        return username;
    }

    /** The same user, signed in with a new API token (fast: no password hash per request). */
    public Api withNewToken() {
        ResponseEntity<JsonNode> issued = post("/api/me/tokens", Map.of("name", "integration test"));
        if (issued.getStatusCode().value() != 201) {
            throw new IllegalStateException("could not issue a token to " + username + ": " + issued.getBody());
        }
        String token = issued.getBody().get("token").asText();
        return new Api(client.mutate().defaultHeaders(headers -> headers.setBearerAuth(token)).build(), username);
    }

    /** The same user, sending this header with every request (as a browser sends Origin). */
    public Api withHeader(String name, String value) {
        return new Api(client.mutate().defaultHeader(name, value).build(), username);
    }

    public ResponseEntity<JsonNode> upload(Path file, String fileName, Map<String, String> fields) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(file) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        fields.forEach(parts::add);
        return post("/api/documents", parts);
    }

    /** Uploads {@code file} as a new version of the document. */
    public ResponseEntity<JsonNode> uploadVersion(String documentId, Path file) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(file));
        return post("/api/documents/" + documentId + "/versions", parts);
    }

    public ResponseEntity<JsonNode> post(String path, MultiValueMap<String, Object> parts) {
        return client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .toEntity(JsonNode.class);
    }

    /** Sends {@code body} (maps, lists, records) as JSON. */
    public ResponseEntity<JsonNode> post(String path, Object body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> put(String path, Object body) {
        return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> postJson(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<String> text(String path, Object... variables) {
        return client.get().uri(path, variables).retrieve().toEntity(String.class);
    }

    /** A multipart POST, answered as text (whatever the status). */
    public ResponseEntity<String> multipart(String path, MultiValueMap<String, Object> parts) {
        return client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .toEntity(String.class);
    }

    /** Any method; {@code body} is sent as JSON when it is not null. */
    public ResponseEntity<String> exchange(HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    public ResponseEntity<JsonNode> patch(String path, String json) {
        return client.patch().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> delete(String path) {
        return client.delete().uri(path).retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String path, Object... variables) {
        return client.get().uri(path, variables).retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<byte[]> bytes(String path) {
        return client.get().uri(path).retrieve().toEntity(byte[].class);
    }

    public JsonNode search(String query) {
        return get("/api/search?q={q}&size=50", query).getBody();
    }

    /** Waits until the document's status satisfies the condition, and returns the document. */
    public JsonNode awaitDocument(String id, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> get("/api/documents/" + id).getBody(), body -> body != null && condition.test(body));
    }

    /** Waits until GET {@code path} answers 200 with a body that satisfies the condition. */
    public JsonNode getUntil(String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(path).getBody(), body -> body != null && condition.test(body));
    }

    public JsonNode awaitSearch(String query, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> search(query), condition::test);
    }

    /**
     * A search limited to the items tagged {@code tag}: tests share the indexes, and search lists identical
     * copies once, so a test looking for its own upload of a shared file searches among its own tags.
     */
    public JsonNode search(String query, String tag) {
        return get("/api/search?q={q}&tag={t}&size=50", query, tag).getBody();
    }

    /** Waits until a search limited to the items tagged {@code tag} satisfies the condition. */
    public JsonNode awaitSearch(String query, String tag, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> search(query, tag), condition::test);
    }

}
