package org.praxis.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.praxis.command.extraction.WrittenNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A relevance test collection in the format of {@code shared/eval/cranfield}: {@code docs.jsonl}
 * ({@code id}, {@code title}, {@code text}, optional {@code author}: a name, names separated by " and ", ";" or ","
 * as {@link WrittenNames} reads them, or a list), {@code queries.tsv} ({@code qid<TAB>text}) and
 * {@code qrels.txt} (TREC: {@code qid 0 docid gain}, gain 0 meaning judged not relevant).
 */
public record TestCollection(String name, List<Doc> docs, Map<String, String> queries,
                      Map<String, Map<String, Integer>> judgements) {

    /**
     * A document and the people who wrote it, as the collection writes their names: {@code author} is a JSON list
     * of names, or one string of names separated by " and ", ";" or "," (empty when none is known).
     */
    public record Doc(String id, String title, String text, List<String> authors) {

        public Doc {
            authors = List.copyOf(authors);
        }
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

    private static List<String> authors(JsonNode author) {
        List<String> written = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(name -> written.add(name.asText()));
        } else {
            written.addAll(List.of(author.asText("").split(" and ")));
        }
        return written.stream().flatMap(names -> WrittenNames.of(names).stream()).distinct().toList();
    }

    private static Doc read(ObjectMapper json, String line) {
        try {
            JsonNode doc = json.readTree(line);
            return new Doc(doc.path("id").asText(), doc.path("title").asText(""), doc.path("text").asText(""),
                    authors(doc.path("author")));
        } catch (IOException e) {
            throw new UncheckedIOException("bad line in docs.jsonl: " + line, e);
        }
    }
}
