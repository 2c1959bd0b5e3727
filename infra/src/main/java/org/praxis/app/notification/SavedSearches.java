package org.praxis.app.notification;

import org.praxis.command.common.RequiredText;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.search.SearchHit;
import org.praxis.query.search.SearchService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * People's saved searches ({@code praxis_saved_search}) and the results each has shown its owner
 * ({@code praxis_saved_search_seen}): personal choices, like a read mark, so not events (ADR 20). A search is saved
 * with the results it finds at that moment, so that only results that come later are news.
 */
@Component
class SavedSearches {

    /** How many results of a saved search are compared: a new result further down is not noticed. */
    static final int WATCHED_RESULTS = 100;
    static final int MAX_PER_PERSON = 50;

    private static final RowMapper<SavedSearch> ROW = (row, index) -> new SavedSearch(row.getString("id"),
            row.getString("name"), row.getString("query_text"), new SavedSearch.Filters(row.getString("item_type"),
            row.getString("tag"), row.getString("project"), row.getString("media_type"), day(row.getDate("from_day")),
            day(row.getDate("to_day"))), row.getBoolean("notify"), row.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;
    private final SearchService search;
    private final Clock clock;

    SavedSearches(JdbcTemplate jdbc, SearchService search, Clock clock) {
        this.jdbc = jdbc;
        this.search = search;
        this.clock = clock;
    }

    /**
     * Saves the search for the person, with the results it finds now as already seen.
     *
     * @throws IllegalArgumentException for a missing or overlong name, filters the search API refuses, or a person
     *                                  who already keeps {@value #MAX_PER_PERSON}
     */
    @Transactional
    SavedSearch save(PraxisUser owner, String name, String q, SavedSearch.Filters filters, boolean notify) {
        SavedSearch saved = new SavedSearch(UUID.randomUUID().toString(), RequiredText.of(name, "a name", SavedSearch.MAX_NAME),
                q == null ? "" : q.strip(), filters, notify, clock.instant());
        List<SearchHit> now = results(saved, owner);
        if (of(owner.getUsername()).size() >= MAX_PER_PERSON) {
            throw new IllegalArgumentException("a person keeps at most " + MAX_PER_PERSON + " saved searches");
        }
        SavedSearch.Filters f = saved.filters();
        jdbc.update("insert into praxis_saved_search (id, owner, name, query_text, item_type, tag, project, media_type, "
                        + "from_day, to_day, notify, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                saved.id(), owner.getUsername(), saved.name(), saved.q(), f.type(), f.tag(), f.project(),
                f.mediaType(), sqlDay(f.from()), sqlDay(f.to()), notify, Timestamp.from(saved.createdAt()));
        seen(saved, now);
        return saved;
    }

    /** The person's saved searches, oldest first. */
    List<SavedSearch> of(String owner) {
        return jdbc.query("select * from praxis_saved_search where owner = ? order by created_at", ROW, owner);
    }

    /** Deletes one of the person's saved searches; false when they have none with that id. */
    @Transactional
    boolean delete(String owner, String id) {
        jdbc.update("delete from praxis_saved_search_seen where search_id in "
                + "(select id from praxis_saved_search where id = ? and owner = ?)", id, owner);
        return jdbc.update("delete from praxis_saved_search where id = ? and owner = ?", id, owner) == 1;
    }

    /** The saved searches whose owners want to hear of new results, each with its owner's username. */
    List<Owned> notifying() {
        return jdbc.query("select * from praxis_saved_search where notify", (row, index) ->
                new Owned(row.getString("owner"), ROW.mapRow(row, index)));
    }

    /** A saved search and whose it is. */
    record Owned(String owner, SavedSearch search) {
    }

    /** The search's first {@value #WATCHED_RESULTS} results that the person may see. */
    List<SearchHit> results(SavedSearch saved, PraxisUser owner) {
        return search.search(saved.query(WATCHED_RESULTS), owner.viewer()).hits();
    }

    /** Those of {@code hits} the search has not shown before. */
    List<SearchHit> unseen(SavedSearch saved, List<SearchHit> hits) {
        Set<String> seen = new HashSet<>(jdbc.queryForList("select item_id from praxis_saved_search_seen where "
                + "search_id = ?", String.class, saved.id()));
        return hits.stream().filter(hit -> !seen.contains(hit.id())).toList();
    }

    void seen(SavedSearch saved, List<SearchHit> hits) {
        jdbc.batchUpdate("insert into praxis_saved_search_seen (search_id, item_id) select ?, ? where not exists "
                        + "(select 1 from praxis_saved_search_seen where search_id = ? and item_id = ?)",
                hits.stream().map(hit -> new Object[] {saved.id(), hit.id(), saved.id(), hit.id()}).toList());
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date sqlDay(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
