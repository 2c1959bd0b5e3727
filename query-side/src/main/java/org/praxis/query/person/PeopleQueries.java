package org.praxis.query.person;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.person.PersonEvent;
import org.praxis.query.EventFold;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import static org.praxis.query.ItemFields.AUTHOR;
import static org.praxis.query.ItemFields.ENDORSERS;
import static org.praxis.query.ItemFields.INSIGHT_AUTHORS;
import static org.praxis.query.ItemFields.OWNER;
import static org.praxis.query.ItemFields.READERS;
import static org.praxis.query.ItemFields.REVISERS;

/**
 * People's profiles (rebuilt from their events) with their contributions. Contributions are counted in the documents, practices
 * and lessons indexes, with the same visibility filter as every search, so they never reveal what
 * the viewer may not see.
 */
public class PeopleQueries {

    private final EventStore events;
    private final ElasticsearchClient client;
    private final IndexNames names;

    public PeopleQueries(EventStore events, ElasticsearchClient client, IndexNames names) {
        this.events = events;
        this.client = client;
        this.names = names;
    }

    public Optional<PersonProfile> find(String username, Viewer viewer) {
        return person(username).map(person -> new PersonProfile(person, contributions(username, viewer)));
    }

    /** The person registered under this username, folded from their events; empty for nobody. */
    public Optional<PersonEntry> person(String username) {
        return EventFold.fold(events, username, PersonEvent.class, PersonChanges::apply);
    }

    private Contributions contributions(String username, Viewer viewer) {
        return new Contributions(
                count(IndexNames.DOCUMENTS, OWNER, username, viewer),
                count(IndexNames.PRACTICES, AUTHOR, username, viewer),
                count(IndexNames.PRACTICES, REVISERS, username, viewer),
                count(IndexNames.LESSONS, INSIGHT_AUTHORS, username, viewer),
                count(IndexNames.PRACTICES, ENDORSERS, username, viewer));
    }

    private long count(String kind, String field, String username, Viewer viewer) {
        List<FieldValue> principals = viewer.principals().stream().map(FieldValue::of).toList();
        try {
            return client.count(c -> c.index(names.alias(kind)).query(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field(field).value(username)))
                    .filter(f -> f.terms(t -> t.field(READERS).terms(v -> v.value(principals))))))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
