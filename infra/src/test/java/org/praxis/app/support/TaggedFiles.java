package org.praxis.app.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files one test uploads under a tag of its own, and searches limited to that tag which name the files they
 * find: tests share the indexes, and a search must not see another test's files. Every hit must mark a word
 * that made it match.
 */
public final class TaggedFiles {

    private final Api user;
    private final String tag;
    private final Map<String, String> ids = new LinkedHashMap<>();

    public TaggedFiles(Api user, String tag) {
        this.user = user;
        this.tag = tag;
    }

    /** Uploads {@code file} as {@code name} (once per name) and returns the document's id. */
    public String upload(Path file, String name) {
        return ids.containsKey(name) ? ids.get(name) : uploadAnswer(file, name).get("id").asText();
    }

    /** Uploads {@code file} as {@code name} and returns the upload's answer ({@code id}, {@code sameAs}…). */
    public JsonNode uploadAnswer(Path file, String name) {
        JsonNode answer = user.upload(file, name, Map.of("tags", tag)).getBody();
        ids.put(name, answer.get("id").asText());
        return answer;
    }

    /** Uploads a text file named {@code name} saying {@code text}. */
    public String note(String name, String text) {
        try {
            return upload(Files.writeString(Files.createTempDirectory("note").resolve(name), text), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until every file uploaded so far has been read ({@code INDEXED}). */
    public void awaitIndexed() {
        ids.values().forEach(id -> user.awaitDocument(id, document -> "INDEXED".equals(
                document.path("status").asText())));
    }

    public String id(String name) {
        return ids.get(name);
    }

    /** The document as {@code GET /api/documents/{id}} shows it. */
    public JsonNode document(String name) {
        return user.get("/api/documents/" + ids.get(name)).getBody();
    }

    /** The names of the files a search finds among these, best first; each hit must mark what made it match. */
    public List<String> hits(String query) {
        JsonNode results = user.get("/api/search?q={q}&tag={t}&size=50", query, tag).getBody();
        List<String> names = new ArrayList<>();
        results.path("hits").forEach(hit -> {
            String id = hit.path("id").asText();
            String name = ids.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                    .findFirst().orElse(id);
            names.add(name);
            assertThat(hit.path("highlights").toString()).as("%s marks what made it match %s", name, query)
                    .contains("<mark>");
        });
        return names;
    }
}
