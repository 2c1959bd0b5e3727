package org.praxis.tools.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
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
 * done, so a rerun continues where an interrupted import stopped. The file in flight at the
 * interruption is sent again, with the same idempotency key ({@link #changesAt}), so it is never stored twice.
 */
final class ImportState implements AutoCloseable {

    private static final String GONE = "-";

    record Entry(String documentId, String hash) {
    }

    private final Map<String, Entry> byPath = new HashMap<>();
    private final Map<String, Integer> changesByPath = new HashMap<>();
    private final BufferedWriter log;

    private ImportState(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    continue; // a line cut short by an interruption
                }
                changesByPath.merge(fields[0], 1, Integer::sum);
                if (fields[1].equals(GONE)) {
                    byPath.remove(fields[0]);
                } else {
                    byPath.put(fields[0], new Entry(fields[2], fields[1]));
                }
            }
        }
        this.log = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (endsInsideALine(file)) {
            log.newLine(); // the cut line stays apart from the next one
        }
    }

    private static boolean endsInsideALine(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            if (channel.size() == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    static ImportState open(Path file) throws IOException {
        return new ImportState(file);
    }

    Optional<Entry> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * How many changes at {@code path} this log records (uploads, versions, moves, removals). The next
     * change's request is named by this number, so it is the same when an interrupted change is sent
     * again and a new one once that change is recorded.
     */
    int changesAt(String path) {
        return changesByPath.getOrDefault(path, 0);
    }

    Map<String, Entry> all() {
        return Map.copyOf(byPath);
    }

    void record(String path, String documentId, String hash) throws IOException {
        byPath.put(path, new Entry(documentId, hash));
        append(path, hash, documentId);
    }

    void forget(String path) throws IOException {
        Entry entry = byPath.remove(path);
        append(path, GONE, entry == null ? "" : entry.documentId());
    }

    private void append(String path, String hash, String documentId) throws IOException {
        changesByPath.merge(path, 1, Integer::sum);
        log.write(path + "\t" + hash + "\t" + documentId);
        log.newLine();
        log.flush();
    }

    @Override
    public void close() throws IOException {
        log.close();
    }
}
