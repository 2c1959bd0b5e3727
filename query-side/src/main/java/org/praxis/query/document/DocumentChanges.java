package org.praxis.query.document;

import org.praxis.events.document.DocumentAccessChanged;
import org.praxis.events.document.DocumentArchived;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.DocumentErased;
import org.praxis.events.document.DocumentEvent;
import org.praxis.events.document.DocumentExtractionFailed;
import org.praxis.events.document.DocumentReadAgainRequested;
import org.praxis.events.document.DocumentRelocated;
import org.praxis.events.document.DocumentProjectChanged;
import org.praxis.events.document.DocumentRetitled;
import org.praxis.events.document.DocumentTagged;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.events.document.DocumentUntagged;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.DocumentVersionAdded;
import org.praxis.events.document.ExtractedText;
import org.praxis.events.document.Visibility;
import org.praxis.query.Viewer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How each document event changes a {@link DocumentEntry}. The projection applies it to what the
 * index holds; {@link DocumentQueries} folds an event stream with it when the index has not caught up.
 */
public final class DocumentChanges {

    private final ExtractedTextSource texts;
    private final int maxIndexedCharacters;

    public DocumentChanges(ExtractedTextSource texts, int maxIndexedCharacters) {
        this.texts = texts;
        this.maxIndexedCharacters = maxIndexedCharacters;
    }

    /** The entry after the event; {@code null} once the document is erased. */
    public DocumentEntry apply(DocumentEntry entry, DocumentEvent event) {
        if (event instanceof DocumentUploaded uploaded) {
            return created(uploaded);
        }
        if (entry == null && event instanceof DocumentErased) {
            return null;
        }
        if (entry == null) {
            throw new IllegalStateException("document " + event.documentId() + " changed before it was uploaded");
        }
        Instant at = event.occurredAt();
        if (event instanceof DocumentVersionAdded added) {
            return entry.withNewVersion(version(added.content(), added.actor(), at));
        } else if (event instanceof DocumentTextExtracted extracted) {
            return extracted.version() == entry.version() ? withText(entry, extracted.text(), at) : entry;
        } else if (event instanceof DocumentExtractionFailed failed) {
            return failed.version() == entry.version()
                    ? entry.withFailure(failed.failure().reason() + ": " + failed.failure().detail(), at) : entry;
        } else if (event instanceof DocumentRetitled retitled) {
            return entry.withTitle(retitled.title(), at);
        } else if (event instanceof DocumentProjectChanged moved) {
            return entry.withProject(moved.project(), at);
        } else if (event instanceof DocumentTagged tagged) {
            Set<String> tags = new HashSet<>(entry.tags());
            tags.add(tagged.tag());
            return entry.withTags(tags, at);
        } else if (event instanceof DocumentUntagged untagged) {
            Set<String> tags = new HashSet<>(entry.tags());
            tags.remove(untagged.tag());
            return entry.withTags(tags, at);
        } else if (event instanceof DocumentAccessChanged changed) {
            return entry.withVisibility(changed.visibility(), readers(changed.visibility(), entry.owner()), at);
        } else if (event instanceof DocumentArchived) {
            return entry.archived(at);
        } else if (event instanceof DocumentErased) {
            return null;
        } else if (event instanceof DocumentRelocated) {
            return entry;
        } else if (event instanceof DocumentReadAgainRequested again) {
            return again.content().version() == entry.version() ? entry.withStatus(DocumentStatus.PROCESSING) : entry;
        }
        throw new IllegalArgumentException("unknown document event " + event.getClass().getName());
    }

    /** Text whose key reads empty belongs to an erased document (its events are read again in a replay). */
    private DocumentEntry withText(DocumentEntry entry, ExtractedText text, Instant at) {
        String content = text.textHash().isEmpty() ? null : texts.read(text.textHash(), maxIndexedCharacters);
        List<String> warnings = text.characters() > maxIndexedCharacters
                ? append(text.warnings(), "only the first " + maxIndexedCharacters + " characters are searchable")
                : text.warnings();
        return entry.withText(content, text.textHash(), text.title(), text.language(), text.pageCount(), warnings,
                text.authors(), at);
    }

    private static DocumentEntry created(DocumentUploaded event) {
        DocumentContent content = event.content();
        VersionEntry first = version(content, event.actor(), event.occurredAt());
        return new DocumentEntry(event.documentId(), event.title(), null, content.fileName(), null, event.tags(),
                event.project(), event.actor(), event.visibility(), readers(event.visibility(), event.actor()),
                content.version(), List.of(first), Set.of(content.contentHash()), content.mediaType(), content.size(),
                DocumentStatus.PROCESSING,
                null, null, null, List.of(), List.of(), false, event.occurredAt(), event.occurredAt());
    }

    private static VersionEntry version(DocumentContent content, String actor, Instant at) {
        return new VersionEntry(content.version(), content.fileName(), content.mediaType(), content.size(),
                content.contentHash(), actor, at);
    }

    /** The principals that may read a document: its owner always, plus everyone or its groups. */
    static Set<String> readers(Visibility visibility, String owner) {
        Set<String> readers = new LinkedHashSet<>();
        readers.add(Viewer.user(owner));
        switch (visibility.scope()) {
            case ORGANIZATION -> readers.add(Viewer.ORGANIZATION);
            case GROUPS -> visibility.groups().forEach(group -> readers.add(Viewer.group(group)));
            case PRIVATE -> { }
        }
        return readers;
    }

    private static List<String> append(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
