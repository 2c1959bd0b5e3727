package org.praxis.query.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.praxis.events.document.Visibility;
import org.praxis.query.SameContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document as the {@code documents} index holds it: the source of search hits and of
 * {@code GET /api/documents/{id}}. {@code readers} are the principals that may see it;
 * {@code text} is the extracted text of the latest version; {@code blobs} are the keys of every
 * version's bytes and text in the blob store; {@code authors} are the writers the latest version's file names.
 */
@JsonIgnoreProperties(value = {TextLanguages.FIELD, SameContent.FIELD, "revisers"}, allowGetters = true)
public record DocumentEntry(
        String id,
        String title,
        String extractedTitle,
        String fileName,
        String text,
        Set<String> tags,
        String project,
        String owner,
        Visibility visibility,
        Set<String> readers,
        int version,
        List<VersionEntry> versions,
        Set<String> blobs,
        String mediaType,
        long size,
        DocumentStatus status,
        String error,
        String language,
        Integer pageCount,
        List<String> warnings,
        List<String> authors,
        boolean archived,
        Instant uploadedAt,
        Instant updatedAt) {

    public DocumentEntry {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        readers = readers == null ? Set.of() : Set.copyOf(readers);
        versions = versions == null ? List.of() : List.copyOf(versions);
        blobs = blobs == null ? Set.of() : Set.copyOf(blobs);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /**
     * The text once more under its language's code when that language is analyzed by its own rules
     * ({@link TextLanguages}), else empty: written to the index, never read back.
     */
    @JsonProperty(TextLanguages.FIELD)
    public Map<String, String> languageText() {
        return text == null ? Map.of() : TextLanguages.of(language).map(code -> Map.of(code, text)).orElse(Map.of());
    }

    /**
     * The SHA-256 of the current version's bytes ({@link SameContent}): identical copies share it, so search
     * lists them once. Written to the index, never read back.
     */
    @JsonProperty(SameContent.FIELD)
    public String contentKey() {
        return versions.stream().filter(added -> added.version() == version).map(VersionEntry::contentHash)
                .findFirst().orElse(id);
    }

    /**
     * The people other than its owner who added versions of the document, in order, once each: they revised it
     * (expertise counts them as revisers). Written to the index, never read back.
     */
    @JsonProperty("revisers")
    public List<String> revisers() {
        return versions.stream().map(VersionEntry::addedBy)
                .filter(by -> by != null && !by.equals(owner) && !by.startsWith("system:")).distinct().toList();
    }

    /** The title a person sees: the one given by a person, else the one inside the file, else the file name. */
    public String displayTitle() {
        if (title != null) {
            return title;
        }
        return extractedTitle != null && !extractedTitle.isBlank() ? extractedTitle : fileName;
    }

    DocumentEntry withTitle(String newTitle, Instant at) {
        return new DocumentEntry(id, newTitle, extractedTitle, fileName, text, tags, project, owner, visibility,
                readers, version, versions, blobs, mediaType, size, status, error, language, pageCount, warnings,
                authors, archived, uploadedAt, at);
    }

    DocumentEntry withProject(String newProject, Instant at) {
        return new DocumentEntry(id, title, extractedTitle, fileName, text, tags, newProject, owner, visibility,
                readers, version, versions, blobs, mediaType, size, status, error, language, pageCount, warnings,
                authors, archived, uploadedAt, at);
    }

    DocumentEntry withTags(Set<String> newTags, Instant at) {
        return new DocumentEntry(id, title, extractedTitle, fileName, text, newTags, project, owner, visibility,
                readers, version, versions, blobs, mediaType, size, status, error, language, pageCount, warnings,
                authors, archived, uploadedAt, at);
    }

    DocumentEntry withVisibility(Visibility newVisibility, Set<String> newReaders, Instant at) {
        return new DocumentEntry(id, title, extractedTitle, fileName, text, tags, project, owner, newVisibility,
                newReaders, version, versions, blobs, mediaType, size, status, error, language, pageCount, warnings,
                authors, archived, uploadedAt, at);
    }

    DocumentEntry archived(Instant at) {
        return new DocumentEntry(id, title, extractedTitle, fileName, text, tags, project, owner, visibility, readers,
                version, versions, blobs, mediaType, size, status, error, language, pageCount, warnings, authors, true,
                uploadedAt, at);
    }

    /** A new latest version: its text is not read yet, so the document is processing again. */
    DocumentEntry withNewVersion(VersionEntry added) {
        List<VersionEntry> all = new ArrayList<>(versions);
        all.add(added);
        return new DocumentEntry(id, title, null, added.fileName(), null, tags, project, owner, visibility, readers,
                added.version(), all, with(blobs, added.contentHash()), added.mediaType(), added.size(),
                DocumentStatus.PROCESSING, null, null, null, List.of(), List.of(), archived, uploadedAt,
                added.addedAt());
    }

    DocumentEntry withText(String newText, String textHash, String newExtractedTitle, String newLanguage,
                           Integer newPageCount, List<String> newWarnings, List<String> newAuthors, Instant at) {
        return new DocumentEntry(id, title, newExtractedTitle, fileName, newText, tags, project, owner, visibility,
                readers, version, versions, with(blobs, textHash), mediaType, size, DocumentStatus.INDEXED, null,
                newLanguage, newPageCount, newWarnings, newAuthors, archived, uploadedAt, at);
    }

    DocumentEntry withStatus(DocumentStatus newStatus) {
        return new DocumentEntry(id, title, extractedTitle, fileName, text, tags, project, owner, visibility, readers,
                version, versions, blobs, mediaType, size, newStatus, error, language, pageCount, warnings, authors,
                archived, uploadedAt, updatedAt);
    }

    DocumentEntry withFailure(String reason, Instant at) {
        return new DocumentEntry(id, title, extractedTitle, fileName, null, tags, project, owner, visibility, readers,
                version, versions, blobs, mediaType, size, DocumentStatus.FAILED, reason, null, null, List.of(),
                List.of(), archived, uploadedAt, at);
    }

    private static Set<String> with(Set<String> keys, String key) {
        Set<String> all = new HashSet<>(keys);
        all.add(key);
        return all;
    }
}
