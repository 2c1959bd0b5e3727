package org.praxis.command.extraction;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * Counts the password-protected entries of a zip archive from its central directory. Tika reads the
 * other entries and skips these without any error, so without this count a partly encrypted archive
 * would look completely read.
 */
final class EncryptedZipEntries {

    private EncryptedZipEntries() {
    }

    static int count(Path zip) {
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            int encrypted = 0;
            for (Enumeration<ZipArchiveEntry> entries = archive.getEntries(); entries.hasMoreElements(); ) {
                if (entries.nextElement().getGeneralPurposeBit().usesEncryption()) {
                    encrypted++;
                }
            }
            return encrypted;
        } catch (IOException | RuntimeException unreadableDirectory) {
            return 0;
        }
    }
}
