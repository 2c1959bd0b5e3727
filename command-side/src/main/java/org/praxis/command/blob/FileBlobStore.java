package org.praxis.command.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Blobs as files under {@code root/sha256/ab/cd/<hash>}. A blob is first written to {@code root/incoming}
 * and then moved into place atomically, so a reader never sees half a blob and a crash leaves at
 * most a stray temporary file. Keys are validated, so no caller-supplied string ever becomes a path.
 */
public final class FileBlobStore implements BlobStore {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Path blobs;
    private final Path incoming;

    public FileBlobStore(Path root) throws IOException {
        this.blobs = Files.createDirectories(root.resolve("sha256"));
        this.incoming = Files.createDirectories(root.resolve("incoming"));
    }

    @Override
    public StoredBlob put(InputStream content) throws IOException {
        Path temporary = Files.createTempFile(incoming, "blob-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                size = content.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                moveIntoPlace(temporary, target);
            }
            return new StoredBlob(hash, size);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Path locate(String hash) throws BlobNotFoundException {
        if (hash == null || !SHA_256_HEX.matcher(hash).matches()) {
            throw new BlobNotFoundException(String.valueOf(hash));
        }
        Path path = pathOf(hash);
        if (!Files.isRegularFile(path)) {
            throw new BlobNotFoundException(hash);
        }
        return path;
    }

    private Path pathOf(String hash) {
        return blobs.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException concurrentWriterWon) {
            // the same bytes arrived twice at once; the copy already in place is identical
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
