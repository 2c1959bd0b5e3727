package org.praxis.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Blobs as files under {@code root/sha256/ab/cd/<hash>}. A blob is first written to {@code root/incoming}
 * and then moved into place atomically, so a reader never sees half a blob and a crash leaves at
 * most a stray temporary file. {@link #put} returns only once the blob survives a crash of the process
 * or of the machine: its bytes are forced to the disk before the move, and the directory entries
 * that name it (the move itself, and any directory it had to create) are forced after it (ADR 12).
 * A blob found cut short (a crash of an older write) is replaced by the next upload of the same bytes.
 * Keys are validated, so no caller-supplied string ever becomes a path.
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
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
                size = content.transferTo(out);
                out.flush();
                channel.force(true);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(hash);
            if (!Files.exists(target) || Files.size(target) != size) {
                createDirectories(target.getParent());
                // a rename: atomic, and if the same bytes arrived twice at once, either identical copy wins
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            // also when the blob was there already: an earlier put may have crashed before this sync
            DirectorySync.force(target.getParent());
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

    @Override
    public boolean destroy(String hash) throws IOException {
        if (hash == null || !SHA_256_HEX.matcher(hash).matches()) {
            return false;
        }
        return Files.deleteIfExists(pathOf(hash));
    }

    /** Creates the missing directories down to {@code directory}, each one's entry forced into its parent. */
    private void createDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        createDirectories(directory.getParent());
        try {
            Files.createDirectory(directory);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // another upload created it at the same moment; it forces the entry as well
        }
        DirectorySync.force(directory.getParent());
    }

    private Path pathOf(String hash) {
        return blobs.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
