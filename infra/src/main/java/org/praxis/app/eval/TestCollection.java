package org.praxis.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A relevance test collection in the format of {@code shared/eval/cranfield}: {@code docs.jsonl}
 * ({@code id}, {@code title}, {@code text}, optional {@code author}), {@code queries.tsv} ({@code qid<TAB>text}) and
 * {@code qrels.txt} (TREC: {@code qid 0 docid gain}, gain 0 meaning judged not relevant).
 */
public record TestCollection(String name, List<Doc> docs, Map<String, String> queries,
                      Map<String, Map<String, Integer>> judgements) {

    /** A document and its first author (empty when none is known; authors are separated by " and " or ";"). */
    public record Doc(String id, String title, String text, String author) {
    }

    /**
     * The collection in {@code folder}, or, when it holds none itself, every collection in its subfolders
     * (by name), as in {@code shared/eval}.
     *
     * @throws IllegalArgumentException when there is none
     */
    public static List<TestCollection> loadAll(Path folder) {
        if (Files.isRegularFile(folder.resolve("docs.jsonl"))) {
            return List.of(load(folder));
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<TestCollection> collections = children.filter(child -> Files.isRegularFile(child.resolve("docs.jsonl")))
                    .sorted().map(TestCollection::load).toList();
            if (collections.isEmpty()) {
                throw new IllegalArgumentException(folder + " holds no test collection (docs.jsonl, queries.tsv, "
                        + "qrels.txt), neither itself nor in a subfolder");
            }
            return collections;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    public static TestCollection load(Path folder) {
        try {
            ObjectMapper json = new ObjectMapper();
            List<Doc> docs = Files.readAllLines(folder.resolve("docs.jsonl"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> read(json, line))
                    .toList();
            Map<String, String> queries = new LinkedHashMap<>();
            for (String line : Files.readAllLines(folder.resolve("queries.tsv"), StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t", 2);
                if (cells.length == 2) {
                    queries.put(cells[0].strip(), cells[1].strip());
                }
            }
            Map<String, Map<String, Integer>> judgements = new HashMap<>();
            for (String line : Files.readAllLines(folder.resolve("qrels.txt"), StandardCharsets.UTF_8)) {
                String[] cells = line.trim().split("\\s+");
                if (cells.length == 4) {
                    judgements.computeIfAbsent(cells[0], q -> new HashMap<>()).put(cells[2], Integer.parseInt(cells[3]));
                }
            }
            return new TestCollection(folder.toAbsolutePath().normalize().getFileName().toString(), docs, queries,
                    judgements);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test collection in " + folder, e);
        }
    }

    private static Doc read(ObjectMapper json, String line) {
        try {
            JsonNode doc = json.readTree(line);
            String authors = doc.path("author").asText("");
            return new Doc(doc.path("id").asText(), doc.path("title").asText(""), doc.path("text").asText(""),
                    authors.split(" and |;")[0].strip());
        } catch (IOException e) {
            throw new UncheckedIOException("bad line in docs.jsonl: " + line, e);
        }
    }
}
