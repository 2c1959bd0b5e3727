package org.praxis.blob;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Forces a directory's entries to the disk ({@code fsync} on the directory), so that a file created
 * or renamed in it is still there after a power loss, not only its bytes. POSIX leaves this to the
 * application (see fsync(2): "calling fsync() on the file does not necessarily ensure that the entry
 * in the directory containing the file has also reached disk"). Windows cannot open a directory for
 * this and journals NTFS metadata itself, so there it does nothing.
 */
final class DirectorySync {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase().startsWith("windows");

    private DirectorySync() {
    }

    static void force(Path directory) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
