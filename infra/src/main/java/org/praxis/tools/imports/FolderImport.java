package org.praxis.tools.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One pass over a folder tree: new files are uploaded, changed files become new versions, files whose
 * bytes reappear at another path are recorded as moved, and files gone from the folder are archived.
 * Unchanged files (same SHA-256 as last time) cost a hash and nothing else. Hidden files are left out.
 */
public final class FolderImport {

    private final PraxisClient praxis;
    private final ImportState state;

    FolderImport(PraxisClient praxis, ImportState state) {
        this.praxis = praxis;
        this.state = state;
    }

    /**
     * Imports {@code folder} once, with a fresh state and no progress output, as the benchmark does; returns how
     * many files were imported.
     */
    public static int quietly(PraxisClient praxis, Path folder) throws IOException, InterruptedException {
        Path state = Files.createTempFile("praxis-import-state", ".log");
        try {
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            return new FolderImport(praxis, ImportState.open(state))
                    .run(folder, total -> new Progress(nowhere, false, total, System::nanoTime)).imported();
        } finally {
            Files.deleteIfExists(state);
        }
    }

    ImportSummary run(Path folder, ProgressFactory progressFactory) throws IOException, InterruptedException {
        List<Path> files = files(folder);
        Set<String> present = new HashSet<>();
        files.forEach(file -> present.add(relative(folder, file)));
        Map<String, Deque<String>> goneByHash = new HashMap<>();
        state.all().forEach((path, entry) -> {
            if (!present.contains(path)) {
                goneByHash.computeIfAbsent(entry.hash(), hash -> new ArrayDeque<>()).add(path);
            }
        });
        Progress progress = progressFactory.start(files.size());
        int imported = 0;
        int versions = 0;
        int unchanged = 0;
        int moved = 0;
        List<String> failures = new ArrayList<>();
        List<String> sameAs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String path = relative(folder, file);
            try {
                String hash = sha256(file);
                var known = state.at(path);
                if (known.isPresent() && known.get().hash().equals(hash)) {
                    unchanged++;
                } else if (known.isPresent()) {
                    praxis.addVersion(known.get().documentId(), file, file.getFileName().toString(),
                            requestKey(folder, path, hash));
                    state.record(path, known.get().documentId(), hash);
                    versions++;
                } else if (goneByHash.containsKey(hash) && !goneByHash.get(hash).isEmpty()) {
                    String from = goneByHash.get(hash).poll();
                    String id = state.at(from).orElseThrow().documentId();
                    praxis.relocate(id, path);
                    state.forget(from);
                    state.record(path, id, hash);
                    moved++;
                } else {
                    PraxisClient.Uploaded uploaded = praxis.upload(file, file.getFileName().toString(),
                            requestKey(folder, path, hash));
                    state.record(path, uploaded.id(), hash);
                    uploaded.sameAs().forEach(copy -> sameAs.add(path + ": same as " + copy));
                    imported++;
                }
            } catch (ConnectException unreachable) {
                throw unreachable;
            } catch (IOException failed) {
                failures.add(path + ": " + failed.getMessage());
            }
            progress.advance(i + 1);
        }
        int archived = 0;
        for (Deque<String> gone : goneByHash.values()) {
            for (String path : gone) {
                try {
                    praxis.archive(state.at(path).orElseThrow().documentId());
                    archived++;
                } catch (PraxisClient.RefusedException alreadyGone) {
                    failures.add(path + " (deleted from the folder): " + alreadyGone.getMessage());
                }
                state.forget(path);
            }
        }
        return new ImportSummary(imported, versions, unchanged, moved, archived, sameAs, failures);
    }

    /**
     * The {@code Idempotency-Key} of the next change at {@code path}: the SHA-256 of the folder, the path,
     * the bytes' SHA-256 and how many changes at that path the state records. Sent again after a crash
     * (the state has not recorded it), it is the same key, so Praxis answers with what it stored the first
     * time; the next change at the path gets a new one.
     */
    private String requestKey(Path folder, String path, String hash) {
        return sha256(folder.toAbsolutePath().normalize() + "\n" + path + "\n" + hash + "\n" + state.changesAt(path));
    }

    /** Makes the progress display once the number of files is known. */
    interface ProgressFactory {
        Progress start(int total);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !hidden(folder.relativize(file)))
                    .sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    /** The lowercase hex SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
