package org.praxis.app.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What earlier imports of a folder did: for each relative path, the document it became and the
 * SHA-256 of the bytes last sent. Kept as an append-only log, one line per file as soon as it is
 * done, so an interrupted import loses at most the file in flight and a rerun continues from there.
 */
final class ImportState implements AutoCloseable {

    private static final String GONE = "-";

    record Entry(String documentId, String hash) {
    }

    private final Map<String, Entry> byPath = new HashMap<>();
    private final BufferedWriter log;

    private ImportState(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    continue; // a line cut short by an interruption
                }
                if (fields[1].equals(GONE)) {
                    byPath.remove(fields[0]);
                } else {
                    byPath.put(fields[0], new Entry(fields[2], fields[1]));
                }
            }
        }
        this.log = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    static ImportState open(Path file) throws IOException {
        return new ImportState(file);
    }

    Optional<Entry> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    Map<String, Entry> all() {
        return Map.copyOf(byPath);
    }

    void record(String path, String documentId, String hash) throws IOException {
        byPath.put(path, new Entry(documentId, hash));
        append(path + "\t" + hash + "\t" + documentId);
    }

    void forget(String path) throws IOException {
        Entry entry = byPath.remove(path);
        append(path + "\t" + GONE + "\t" + (entry == null ? "" : entry.documentId()));
    }

    private void append(String line) throws IOException {
        log.write(line);
        log.newLine();
        log.flush();
    }

    @Override
    public void close() throws IOException {
        log.close();
    }
}
