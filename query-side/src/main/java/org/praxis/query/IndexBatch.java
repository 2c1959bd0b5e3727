package org.praxis.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The changes one batch of events makes to one index: entries are read once (all of the batch's
 * aggregates with a single multi-get where they are known up front), changed in memory by every event
 * of the batch, and written with a single {@code _bulk} request when the batch commits.
 *
 * @param <T> the index's entry
 */
final class IndexBatch<T> {

    private static final Logger log = LoggerFactory.getLogger(IndexBatch.class);
    private static final int CONFLICT = 409;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;
    private static final int MAX_REASON_LENGTH = 300;

    private final ElasticsearchClient client;
    private final String target;
    private final Class<T> entryType;
    private final RejectedWrites rejected;
    private final Map<String, Pending<T>> entries = new LinkedHashMap<>();

    /**
     * @param rejected where to park the events of entries Elasticsearch refuses for good; {@code null}
     *                 to fail the batch instead (when the events are dead letters being retried already)
     */
    IndexBatch(ElasticsearchClient client, String target, Class<T> entryType, RejectedWrites rejected) {
        this.client = client;
        this.target = target;
        this.entryType = entryType;
        this.rejected = rejected;
    }

    /** Reads these entries with one request, so that the batch's events need no read of their own. */
    void prefetch(Collection<String> ids) throws IOException {
        List<String> unread = ids.stream().distinct().filter(id -> !entries.containsKey(id)).toList();
        if (unread.isEmpty()) {
            return;
        }
        for (MultiGetResponseItem<T> item : client.mget(m -> m.index(target).ids(unread), entryType).docs()) {
            if (item.isResult()) {
                GetResult<T> read = item.result();
                entries.put(read.id(), Pending.read(read.found(), read.source(), read.version()));
            }
        }
    }

    /** Applies the change of the event that brings the entry to {@code version}, unless it already has it. */
    void apply(String id, long version, UnaryOperator<T> change, EventMessage<?> event) throws IOException {
        Pending<T> entry = entries.get(id);
        if (entry == null) {
            GetResponse<T> read = client.get(g -> g.index(target).id(id), entryType);
            entry = Pending.read(read.found(), read.source(), read.version());
            entries.put(id, entry);
        }
        if (entry.version >= version) {
            return;
        }
        entry.source = change.apply(entry.source);
        entry.version = version;
        entry.changed = true;
        if (event != null) {
            entry.events.add(event);
        }
    }

    /**
     * Writes every changed entry, each with the version of the last event applied to it
     * ({@code version_type=external}: a newer version already stored wins). A refusal Elasticsearch
     * may not repeat (overload, unavailability) fails the batch, so that it is retried whole.
     *
     * @return how many entries were written or deleted
     */
    int write() throws IOException {
        List<String> ids = entries.entrySet().stream()
                .filter(e -> e.getValue().changed && (e.getValue().source != null || e.getValue().stored))
                .map(Map.Entry::getKey).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String id : ids) {
            Pending<T> entry = entries.get(id);
            if (entry.source != null) {
                bulk.operations(op -> op.index(i -> i.index(target).id(id).document(entry.source)
                        .versionType(VersionType.External).version(entry.version)));
            } else {
                bulk.operations(op -> op.delete(d -> d.index(target).id(id)
                        .versionType(VersionType.External).version(entry.version)));
            }
        }
        List<BulkResponseItem> items = client.bulk(bulk.build()).items();
        for (BulkResponseItem item : items) {
            if (item.error() != null && item.status() != CONFLICT) {
                refused(item);
            }
        }
        return ids.size();
    }

    private void refused(BulkResponseItem item) {
        String reason = item.error().type() + ": " + shortened(item.error().reason());
        var cause = new IllegalStateException("Elasticsearch refused to write " + item.id() + " to " + target
                + " (" + item.status() + " " + reason + ")");
        List<EventMessage<?>> events = entries.get(item.id()).events;
        if (item.status() == TOO_MANY_REQUESTS || item.status() >= SERVER_ERROR || rejected == null
                || events.isEmpty()) {
            throw cause;
        }
        log.error("{}; its events wait in the dead-letter queue", cause.getMessage());
        rejected.park(events, cause);
    }

    /** Elasticsearch quotes the refused value in its reason, which may be any length. */
    private static String shortened(String reason) {
        return reason == null || reason.length() <= MAX_REASON_LENGTH ? reason
                : reason.substring(0, MAX_REASON_LENGTH) + "…";
    }

    private static final class Pending<T> {
        private final boolean stored;
        private final List<EventMessage<?>> events = new ArrayList<>();
        private T source;
        private long version;
        private boolean changed;

        private Pending(boolean stored, T source, long version) {
            this.stored = stored;
            this.source = source;
            this.version = version;
        }

        static <T> Pending<T> read(boolean found, T source, Long version) {
            return found ? new Pending<>(true, source, version == null ? 0 : version) : new Pending<>(false, null, 0);
        }
    }
}
