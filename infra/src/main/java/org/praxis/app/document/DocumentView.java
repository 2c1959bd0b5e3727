package org.praxis.app.document;

import org.praxis.events.document.Visibility;
import org.praxis.query.document.DocumentEntry;
import org.praxis.query.document.VersionEntry;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/documents/{id}}: a document's metadata, versions and extraction status; {@code authors} are the
 * writers its file names (its own metadata), {@code owner} who uploaded it, {@code revisers} the others who added
 * versions.
 */
record DocumentView(String id, String title, String status, int version, String mediaType, long size, String owner,
                    Set<String> tags, String project, Visibility visibility, List<VersionView> versions, String error,
                    String language, Integer pageCount, List<String> warnings, List<String> authors,
                    List<String> revisers, boolean archived, Instant uploadedAt, Instant updatedAt) {

    record VersionView(int version, String fileName, String mediaType, long size, String addedBy, Instant addedAt) {

        static VersionView of(VersionEntry entry) {
            return new VersionView(entry.version(), entry.fileName(), entry.mediaType(), entry.size(), entry.addedBy(),
                    entry.addedAt());
        }
    }

    static DocumentView of(DocumentEntry entry) {
        return new DocumentView(entry.id(), entry.displayTitle(), entry.status().name(), entry.version(),
                entry.mediaType(), entry.size(), entry.owner(), entry.tags(), entry.project(), entry.visibility(),
                entry.versions().stream().map(VersionView::of).toList(), entry.error(), entry.language(),
                entry.pageCount(), entry.warnings(), entry.authors(), entry.revisers(), entry.archived(),
                entry.uploadedAt(), entry.updatedAt());
    }
}
