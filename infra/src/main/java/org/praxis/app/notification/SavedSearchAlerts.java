package org.praxis.app.notification;

import org.praxis.platform.security.Accounts;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.search.SearchHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the saved searches whose owners asked to hear of new results, every {@code praxis.saved-searches.interval}
 * (five minutes by default), each as its owner (only results they may see), and notifies the owner once of each
 * result not shown before ({@code SAVED_SEARCH}, about that item).
 */
@Component
public class SavedSearchAlerts {

    private static final Logger log = LoggerFactory.getLogger(SavedSearchAlerts.class);

    private final SavedSearches saved;
    private final NotificationRows rows;
    private final Accounts accounts;
    private final Clock clock;

    SavedSearchAlerts(SavedSearches saved, NotificationRows rows, Accounts accounts, Clock clock) {
        this.saved = saved;
        this.rows = rows;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${praxis.saved-searches.interval:5m}",
            initialDelayString = "${praxis.saved-searches.interval:5m}")
    void check() {
        int made = checkAt(clock.instant());
        if (made > 0) {
            log.info("Notified {} new result(s) of saved searches", made);
        }
    }

    /** One round as of {@code now}; returns how many notifications were made. */
    public int checkAt(Instant now) {
        int made = 0;
        for (SavedSearches.Owned owned : saved.notifying()) {
            Optional<PraxisUser> owner = accounts.user(owned.owner());
            if (owner.isEmpty()) {
                continue;
            }
            SavedSearch search = owned.search();
            List<SearchHit> news = saved.unseen(search, saved.results(search, owner.get()));
            for (SearchHit hit : news) {
                if (rows.add(owned.owner(), NotificationReason.SAVED_SEARCH,
                        NotifiedItem.valueOf(hit.type().toUpperCase(Locale.ROOT)), hit.id(), NotificationRows.PRAXIS,
                        "found something new for your saved search '" + search.name() + "': " + hit.title(),
                        "saved-search:" + search.id() + ":" + hit.id(), now, null)) {
                    made++;
                }
            }
            saved.seen(search, news);
        }
        return made;
    }
}
