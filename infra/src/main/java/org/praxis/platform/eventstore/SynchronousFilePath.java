package org.praxis.platform.eventstore;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * An H2 file system ({@code jdbc:h2:dsync:file:…}) that opens every file H2 writes with {@code O_DSYNC}
 * (Java's "rwd" mode), so each write returns only once its bytes are on the disk. With {@code WRITE_DELAY=0}
 * H2 writes a transaction's changes while committing it, so a commit that has returned survives a crash of
 * the process and of the machine, as PostgreSQL's commits do with {@code synchronous_commit} on. H2 itself
 * only forces its file on {@code CHECKPOINT SYNC} and on close (ADR 12).
 */
public final class SynchronousFilePath extends FilePathWrapper {

    static final String SCHEME = "dsync";

    /**
     * Makes the scheme known to H2. It must run before the event store is opened: H2 falls back to its
     * plain disk file system for an unknown scheme.
     */
    static void register() {
        FilePath.register(new SynchronousFilePath());
    }

    /** Created by H2 for each path (by reflection); use {@link #register()}. */
    public SynchronousFilePath() {
        // H2 sets the name and the wrapped path
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return getBase().open(mode.equals("rw") ? "rwd" : mode);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
