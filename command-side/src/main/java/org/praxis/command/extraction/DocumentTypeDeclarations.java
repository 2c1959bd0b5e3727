package org.praxis.command.extraction;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds an XML part of an Office Open XML package that declares a document type ({@code <!DOCTYPE}).
 * Office never writes one; a declaration is how an external entity ({@code file:///etc/passwd}) gets in.
 * Tika's streaming .docx reader, which Praxis uses to leave tracked deletions out, ignores such entities
 * silently, where its default reader refuses the file; this check keeps the refusal, so the upload is
 * flagged instead of passing as clean. Only each part's first {@value #PROLOG_BYTES} bytes are read (the
 * declaration must precede the root element), of at most {@value #MAX_PARTS} parts.
 */
final class DocumentTypeDeclarations {

    static final int PROLOG_BYTES = 2048;
    static final int MAX_PARTS = 10_000;

    private DocumentTypeDeclarations() {
    }

    /** The name of the first part declaring a document type; empty when none does or the package is unreadable. */
    static Optional<String> declaringPart(Path ooxml) {
        try (ZipFile archive = ZipFile.builder().setPath(ooxml).get()) {
            int parts = 0;
            for (Enumeration<ZipArchiveEntry> entries = archive.getEntries(); entries.hasMoreElements()
                    && parts < MAX_PARTS; parts++) {
                ZipArchiveEntry entry = entries.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if ((name.endsWith(".xml") || name.endsWith(".rels")) && declaresDoctype(archive, entry)) {
                    return Optional.of(entry.getName());
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean declaresDoctype(ZipFile archive, ZipArchiveEntry entry) throws IOException {
        try (InputStream part = archive.getInputStream(entry)) {
            String prolog = new String(part.readNBytes(PROLOG_BYTES), StandardCharsets.UTF_8);
            return prolog.toUpperCase(Locale.ROOT).contains("<!DOCTYPE");
        }
    }
}
