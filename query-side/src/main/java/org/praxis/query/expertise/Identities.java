package org.praxis.query.expertise;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.praxis.query.IndexNames;
import org.praxis.query.person.PersonEntry;
import org.praxis.query.person.PersonNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who the people named by items are. A username is the person registered under it; a name as a file writes
 * it ("Perlis, A. J.", "Jane Doe &lt;jane@example.com&gt;") is the one person known by one of its
 * {@link PersonNames#keys keys} — an e-mail address before a name — through their username, display name, other
 * name spellings or e-mail addresses. A name that matches nobody, or several people alike, is a person known from
 * documents. Anyone an admin merged into someone else is that someone. Looked up in one request per expert search,
 * so an account that appears (or a name added to a profile) claims the name on the next search.
 */
final class Identities {

    /** How many merges are followed from a person to the one they now count as (merges of merges). */
    private static final int MAX_MERGES = 5;
    private static final int MAX_PEOPLE = 10_000;

    /** A person as expert search shows them: registered ({@code account}) or known from documents only. */
    record Identity(String id, String name, boolean account, boolean visibleAsExpert, PersonEntry entry) {
    }

    private final Map<String, PersonEntry> byId = new HashMap<>();
    private final Map<String, Set<String>> idsByKey = new HashMap<>();

    private Identities() {
    }

    /** Looks up the people behind these usernames and written names in the {@code people} index. */
    static Identities of(Collection<String> usernames, Collection<String> names, ElasticsearchClient client,
                         IndexNames indexNames) {
        Identities identities = new Identities();
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            keys.addAll(PersonNames.keys(name));
        }
        Set<String> wanted = new LinkedHashSet<>(usernames);
        for (int hop = 0; hop <= MAX_MERGES && !(wanted.isEmpty() && keys.isEmpty()); hop++) {
            Set<String> next = new LinkedHashSet<>();
            for (PersonEntry person : identities.fetch(wanted, keys, client, indexNames)) {
                identities.byId.put(person.id(), person);
                person.knownAs().forEach(key -> identities.idsByKey.computeIfAbsent(key, k -> new HashSet<>())
                        .add(person.id()));
                if (person.mergedInto() != null && !identities.byId.containsKey(person.mergedInto())) {
                    next.add(person.mergedInto());
                }
            }
            wanted = next;
            keys = Set.of();
        }
        return identities;
    }

    /** The registered person behind a username, after merges; empty for someone never registered. */
    Optional<Identity> ofUsername(String username) {
        return Optional.ofNullable(byId.get(username)).map(this::current);
    }

    /** The person a file means by this name, after merges; empty when the name has no words. */
    Optional<Identity> ofName(String written) {
        Set<String> keys = PersonNames.keys(written);
        for (boolean emails : List.of(true, false)) {
            Set<String> ids = new HashSet<>();
            keys.stream().filter(key -> key.contains("@") == emails)
                    .flatMap(key -> idsByKey.getOrDefault(key, Set.of()).stream())
                    .forEach(id -> ids.add(current(byId.get(id)).id()));
            if (ids.size() == 1) {
                return ofUsername(ids.iterator().next());
            }
        }
        return PersonNames.knownFromDocuments(written).map(id -> new Identity(id, written.strip(), false, true, null));
    }

    private Identity current(PersonEntry person) {
        PersonEntry current = person;
        for (int hop = 0; hop < MAX_MERGES && current.mergedInto() != null && byId.containsKey(current.mergedInto());
             hop++) {
            current = byId.get(current.mergedInto());
        }
        return new Identity(current.id(), current.name(), true, current.visibleAsExpert(), current);
    }

    private List<PersonEntry> fetch(Set<String> ids, Set<String> keys, ElasticsearchClient client, IndexNames names) {
        List<FieldValue> keyValues = keys.stream().map(FieldValue::of).toList();
        try {
            return client.search(s -> s.index(names.alias(IndexNames.PEOPLE)).size(MAX_PEOPLE)
                            .query(q -> q.bool(b -> b.minimumShouldMatch("1")
                                    .should(sh -> sh.ids(i -> i.values(List.copyOf(ids))))
                                    .should(sh -> sh.terms(t -> t.field(PersonEntry.KNOWN_AS)
                                            .terms(v -> v.value(keyValues)))))), PersonEntry.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
