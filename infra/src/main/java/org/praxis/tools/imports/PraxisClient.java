package org.praxis.tools.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The REST API of a running Praxis, as the bulk import uses it. Signs in once with the password to
 * get an API token (so no request pays for a password hash), and revokes it when done.
 */
public final class PraxisClient implements AutoCloseable {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVICE_UNAVAILABLE = 503;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private final String token;
    private final String tokenId;

    public PraxisClient(URI base, String user, String password) throws IOException, InterruptedException {
        this.base = base;
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        JsonNode issued = send(HttpRequest.newBuilder(base.resolve("/api/me/tokens")).header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bulk import\"}")).build(), 201);
        this.token = issued.get("token").asText();
        this.tokenId = issued.get("id").asText();
    }

    /**
     * Uploads a new document. With an {@code idempotencyKey} (may be null) sent before, Praxis answers with the
     * document that request created and stores nothing new.
     */
    public Uploaded upload(Path file, String name, String idempotencyKey) throws IOException, InterruptedException {
        JsonNode receipt = send(multipart("/api/documents", file, name, idempotencyKey), 201);
        List<String> sameAs = new ArrayList<>();
        receipt.path("sameAs").forEach(copy -> sameAs.add("\u201c" + copy.path("title").asText() + "\u201d ("
                + copy.path("id").asText() + ")"));
        return new Uploaded(receipt.get("id").asText(), sameAs);
    }

    /** A new document's id, and the documents the importer may see that hold the same bytes ("title" (id)). */
    public record Uploaded(String id, List<String> sameAs) {
    }

    /** A GET of the API, answered 200; returns the body. */
    public JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        return send(authorized(pathAndQuery).GET().build(), 200);
    }

    /** Adds a version; with an {@code idempotencyKey} sent before for this document, adds nothing new. */
    void addVersion(String documentId, Path file, String name, String idempotencyKey)
            throws IOException, InterruptedException {
        send(multipart("/api/documents/" + documentId + "/versions", file, name, idempotencyKey), 201);
    }

    void relocate(String documentId, String path) throws IOException, InterruptedException {
        send(authorized("/api/documents/" + documentId).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("sourcePath", path))))
                .build(), 204);
    }

    void archive(String documentId) throws IOException, InterruptedException {
        send(authorized("/api/documents/" + documentId).DELETE().build(), 204);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        send(authorized("/api/me/tokens/" + tokenId).DELETE().build(), 204);
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token);
    }

    private HttpRequest multipart(String path, Path file, String name, String idempotencyKey) throws IOException {
        String boundary = "praxis-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name.replace("\"", "'").replace("\r", " ").replace("\n", " ")
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.getBytes(StandardCharsets.UTF_8).length + Files.size(file) + tail.length;
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers
                .ofInputStream(() -> stream(head, file, tail)), length);
        HttpRequest.Builder request = authorized(path).header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.POST(body).build();
    }

    private static InputStream stream(String head, Path file, byte[] tail) {
        try {
            return new SequenceInputStream(Collections.enumeration(List.of(
                    new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), Files.newInputStream(file),
                    new ByteArrayInputStream(tail))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends the request, waiting out rate limits (429 with {@code Retry-After}) and back-pressure (503 with
     * {@code Retry-After}: the pipeline is catching up) as often as they come.
     */
    private JsonNode send(HttpRequest request, int expected) throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean askedToWait = response.statusCode() == TOO_MANY_REQUESTS || (response.statusCode() == SERVICE_UNAVAILABLE
                    && response.headers().firstValue("Retry-After").isPresent());
            if (askedToWait) {
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)).toMillis());
                continue;
            }
            if (response.statusCode() != expected) {
                throw new RefusedException(response.statusCode(), detail(response.body()));
            }
            return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        }
    }

    private String detail(String body) {
        try {
            JsonNode problem = json.readTree(body);
            return problem.path("detail").asText(problem.path("title").asText(body));
        } catch (IOException notJson) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }

    /** Praxis answered with an error; the message says why, in its words. */
    static final class RefusedException extends IOException {

        RefusedException(int status, String detail) {
            super(status + ": " + detail);
        }
    }
}
