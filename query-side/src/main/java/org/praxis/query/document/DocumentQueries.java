package org.praxis.query.document;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.document.DocumentEvent;
import org.praxis.events.document.Visibility;
import org.praxis.query.EventFold;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.praxis.query.ItemFields.BLOBS;
import static org.praxis.query.ItemFields.WARNINGS;

/**
 * Answers "show me this document". The index is read first; right after an upload, before the
 * projection has caught up, the document's events are folded instead, so a {@code Location} returned
 * by an upload never answers 404. A document the viewer may not see is reported as absent.
 */
public class DocumentQueries {

    private static final Logger log = LoggerFactory.getLogger(DocumentQueries.class);

    private final ProjectionIndex<DocumentEntry> index;
    private final EventStore events;
    private static final Duration POLL = Duration.ofMillis(25);
    static final int SAME_CONTENT_LIMIT = 10;

    private final DocumentChanges withoutText = new DocumentChanges((hash, max) -> null, 0);

    public DocumentQueries(ProjectionIndex<DocumentEntry> index, EventStore events) {
        this.index = index;
        this.events = events;
    }

    public Optional<DocumentEntry> find(String id, Viewer viewer) {
        return visible(index.find(id).or(() -> fromEvents(id)), viewer);
    }

    /**
     * The document as {@link #find} reads it, made searchable first: once this shows a person {@code INDEXED},
     * the next search finds it. For answers a person reads; other readers need no refresh.
     */
    public Optional<DocumentEntry> findSearchable(String id, Viewer viewer) {
        return visible(index.findSearchable(id).or(() -> fromEvents(id)), viewer);
    }

    private static Optional<DocumentEntry> visible(Optional<DocumentEntry> entry, Viewer viewer) {
        return entry.filter(e -> !Collections.disjoint(e.readers(), viewer.principals()));
    }

    /**
     * Waits, at most {@code patience}, until the index holds the document with the visibility just
     * recorded, and makes it searchable: a document made private is hidden from the next query.
     * False if the index did not catch up in time.
     */
    public boolean awaitVisibility(String id, Visibility visibility, Duration patience) throws InterruptedException {
        return awaitSearchable(id, entry -> entry.map(e -> visibility.equals(e.visibility())).orElse(false), patience);
    }

    /** Waits, like {@link #awaitVisibility}, until the archiving just recorded hides the document from search. */
    public boolean awaitArchived(String id, Duration patience) throws InterruptedException {
        return awaitSearchable(id, entry -> entry.map(DocumentEntry::archived).orElse(true), patience);
    }

    /** Waits, like {@link #awaitVisibility}, until the erasure just recorded has removed the document from search. */
    public boolean awaitErased(String id, Duration patience) throws InterruptedException {
        return awaitSearchable(id, Optional::isEmpty, patience);
    }

    private boolean awaitSearchable(String id, Predicate<Optional<DocumentEntry>> applied, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!applied.test(index.find(id))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        index.refresh();
        return true;
    }

    /**
     * Documents the viewer may see, not archived, that hold these bytes as one of their versions, found in the
     * index and among {@code alsoCandidates} (ids known to hold them that the index may not list yet); at most
     * {@value #SAME_CONTENT_LIMIT}, {@code except} left out.
     */
    public List<DocumentEntry> holding(String contentHash, Collection<String> alsoCandidates, String except,
                                       Viewer viewer) {
        Set<String> candidates = new LinkedHashSet<>(index.idsWithAny(BLOBS, Set.of(contentHash),
                SAME_CONTENT_LIMIT));
        candidates.addAll(alsoCandidates);
        candidates.remove(except);
        return candidates.stream().map(id -> find(id, viewer)).flatMap(Optional::stream)
                .filter(entry -> !entry.archived()).limit(SAME_CONTENT_LIMIT).toList();
    }

    /** Ids of documents (archived ones too) whose current text was read with this warning; at most {@code limit}. */
    public List<String> withWarning(String warning, int limit) {
        index.refresh();
        return index.idsWithAny(WARNINGS, Set.of(warning), limit);
    }

    /**
     * Other documents whose versions keep any of these blobs (bytes or text), whoever may see them:
     * an erasure must not destroy what they still need.
     */
    public List<String> othersKeeping(String id, Set<String> blobs) {
        index.refresh();
        return index.idsWithAny(BLOBS, blobs, 100).stream().filter(other -> !other.equals(id)).toList();
    }

    /** An event stream that does not start with an upload (a damaged store) shows no document, rather than failing. */
    private Optional<DocumentEntry> fromEvents(String id) {
        try {
            return EventFold.fold(events, id, DocumentEvent.class, withoutText::apply)
                    .map(DocumentQueries::notYetSearchable);
        } catch (IllegalStateException inconsistent) {
            log.warn("The events of document {} cannot be folded: {}", id, inconsistent.getMessage());
            return Optional.empty();
        }
    }

    /** Folded from events, a document is not in the index yet, whatever extraction found. */
    private static DocumentEntry notYetSearchable(DocumentEntry entry) {
        return entry.status() == DocumentStatus.INDEXED ? entry.withStatus(DocumentStatus.PROCESSING) : entry;
    }
}
