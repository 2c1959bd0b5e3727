package org.praxis.query.semantic;

import org.praxis.events.document.DocumentErased;
import org.praxis.events.document.DocumentRetitled;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.DocumentVersionAdded;
import org.praxis.events.lesson.FailureRecorded;
import org.praxis.events.lesson.InsightAdded;
import org.praxis.events.practice.PracticeDrafted;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.query.document.ExtractedTextSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How events change an item's passages. A document's passages come from its title and the text extracted
 * from its latest version (read from the blob store, never from the event); a practice's from its title
 * and body; a lesson's from its title, what happened and every insight. Events that change none of these
 * leave the entry as it is; an erased document has none.
 */
public class PassageChanges {

    /** Enough characters for every passage kept ({@link Passages#MAX_PASSAGES}), however long the words. */
    static final int MAX_CHARACTERS = 64_000;

    private final SentenceEmbeddings embeddings;
    private final ExtractedTextSource texts;

    public PassageChanges(SentenceEmbeddings embeddings, ExtractedTextSource texts) {
        this.embeddings = embeddings;
        this.texts = texts;
    }

    /** The entry after the event; {@code entry} is null before the item's first event, a null result removes it. */
    public PassageEntry apply(PassageEntry entry, Object event) {
        if (event instanceof DocumentUploaded uploaded) {
            return new PassageEntry("document", uploaded.title(), uploaded.content().version(), null, List.of(),
                    List.of());
        }
        if (entry == null) {
            return other(event);
        }
        if (event instanceof DocumentVersionAdded added) {
            return new PassageEntry(entry.kind(), entry.title(), added.content().version(), entry.textHash(),
                    entry.texts(), entry.passages());
        }
        if (event instanceof DocumentTextExtracted extracted && extracted.version() == entry.version()) {
            String title = entry.title() != null ? entry.title() : extracted.text().title();
            return document(entry, title, extracted.text().textHash());
        }
        if (event instanceof DocumentRetitled retitled && entry.textHash() != null) {
            return document(entry, retitled.title(), entry.textHash());
        }
        if (event instanceof DocumentErased) {
            return null;
        }
        if (event instanceof PracticeRevised revised) {
            return embedded("practice", revised.title(), List.of(revised.body()));
        }
        if (event instanceof InsightAdded insight) {
            List<String> lesson = new ArrayList<>(entry.texts());
            lesson.add(insight.text());
            return embedded("lesson", entry.title(), lesson);
        }
        return entry;
    }

    /** The first event of a practice or a lesson; any other first event (none expected) makes no entry. */
    private PassageEntry other(Object event) {
        if (event instanceof PracticeDrafted drafted) {
            return embedded("practice", drafted.title(), List.of(drafted.body()));
        }
        if (event instanceof FailureRecorded failure) {
            return embedded("lesson", failure.title(), List.of(failure.whatHappened()));
        }
        return null;
    }

    private PassageEntry document(PassageEntry entry, String title, String textHash) {
        List<PassageEntry.Passage> passages = passages(title, texts.read(textHash, MAX_CHARACTERS));
        return new PassageEntry(entry.kind(), title, entry.version(), textHash, List.of(), passages);
    }

    private PassageEntry embedded(String kind, String title, List<String> parts) {
        return new PassageEntry(kind, title, 0, null, parts, passages(title, String.join("\n", parts)));
    }

    private List<PassageEntry.Passage> passages(String title, String text) {
        List<String> passages = Passages.of(title, text);
        List<float[]> vectors = embeddings.embed(passages);
        return IntStream.range(0, passages.size())
                .mapToObj(i -> new PassageEntry.Passage(passages.get(i), vectors.get(i))).toList();
    }
}
