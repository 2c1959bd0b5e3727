package org.praxis.app.notification;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.praxis.events.AuditedEvent;
import org.praxis.events.discussion.CommentPosted;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.events.document.DocumentErased;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.gap.KnowledgeGapRouted;
import org.praxis.events.lesson.FailureRecorded;
import org.praxis.events.practice.PracticeDeprecated;
import org.praxis.events.practice.PracticeDrafted;
import org.praxis.events.practice.PracticeEvent;
import org.praxis.events.practice.PracticeProposalApproved;
import org.praxis.events.practice.PracticeProposalRejected;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.events.practice.PracticeRevisionProposed;
import org.praxis.events.practice.PracticeVerified;
import org.praxis.events.watch.ItemUnwatched;
import org.praxis.events.watch.ItemWatched;
import org.praxis.platform.security.Accounts;
import org.praxis.platform.security.Role;
import org.praxis.query.history.EventSummaries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps who watches what ({@code praxis_watch}) and each person's notifications ({@code praxis_notification}) from
 * the event stream, in the processor's transaction: a person is notified once per event (replays and retries add
 * nothing) when mentioned in a comment, when an item they watch is commented, revised, verified or deprecated or a
 * proposal for it is rejected, when a proposed revision awaits their review (curators), when their proposal
 * is decided, and when a curator asks them to fill a knowledge gap; never of their own doing. An author watches what they wrote until they unwatch it. Whether the recipient may see
 * the item is decided when the notification is read ({@link Notifications}), so a later change of visibility holds.
 */
@Component
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
public class NotificationProjection {

    public static final String PROCESSING_GROUP = "notifications";

    private final JdbcTemplate jdbc;
    private final NotificationRows rows;
    private final Accounts accounts;

    NotificationProjection(JdbcTemplate jdbc, NotificationRows rows, Accounts accounts) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.accounts = accounts;
    }

    @EventHandler
    void on(PracticeDrafted event) {
        authorWatches(DiscussedItem.PRACTICE, event.practiceId(), event.actor());
    }

    @EventHandler
    void on(FailureRecorded event) {
        authorWatches(DiscussedItem.LESSON, event.lessonId(), event.actor());
    }

    @EventHandler
    void on(DocumentUploaded event) {
        authorWatches(DiscussedItem.DOCUMENT, event.documentId(), event.actor());
    }

    /** An erased document leaves nothing behind here either: its notifications quote what was said about it. */
    @EventHandler
    void on(DocumentErased event) {
        jdbc.update("delete from praxis_notification where item_type = ? and item_id = ?",
                DiscussedItem.DOCUMENT.name(), event.documentId());
        jdbc.update("delete from praxis_watch where item_type = ? and item_id = ?", DiscussedItem.DOCUMENT.name(),
                event.documentId());
    }

    @EventHandler
    void on(ItemWatched event) {
        choose(event.item(), event.itemId(), event.actor(), true);
    }

    @EventHandler
    void on(ItemUnwatched event) {
        choose(event.item(), event.itemId(), event.actor(), false);
    }

    @EventHandler
    void on(CommentPosted event, EventMessage<?> message, ReplayStatus replay) {
        Map<String, NotificationReason> recipients = new LinkedHashMap<>();
        event.mentions().forEach(username -> recipients.put(username, NotificationReason.MENTIONED));
        watchers(event.item(), event.itemId()).forEach(username ->
                recipients.putIfAbsent(username, NotificationReason.COMMENTED));
        recipients.forEach((username, reason) ->
                notify(username, reason, NotifiedItem.of(event.item()), event.itemId(), event, message, replay));
    }

    @EventHandler
    void on(PracticeRevised event, EventMessage<?> message, ReplayStatus replay) {
        notifyWatchers(NotificationReason.REVISED, event.practiceId(), event, message, replay);
    }

    @EventHandler
    void on(PracticeVerified event, EventMessage<?> message, ReplayStatus replay) {
        notifyWatchers(NotificationReason.VERIFIED, event.practiceId(), event, message, replay);
    }

    @EventHandler
    void on(PracticeDeprecated event, EventMessage<?> message, ReplayStatus replay) {
        notifyWatchers(NotificationReason.DEPRECATED, event.practiceId(), event, message, replay);
    }

    /** Every curator but its author is asked to review a proposal. */
    @EventHandler
    void on(PracticeRevisionProposed event, EventMessage<?> message, ReplayStatus replay) {
        accounts.all().stream().filter(account -> account.roles().contains(Role.CURATOR.name()))
                .forEach(curator -> notify(curator.username(), NotificationReason.REVIEW_REQUESTED,
                        NotifiedItem.PRACTICE, event.practiceId(), event, message, replay));
    }

    /** The author hears of the approval; watchers hear of the revision it became (the event that follows). */
    @EventHandler
    void on(PracticeProposalApproved event, EventMessage<?> message, ReplayStatus replay) {
        notify(event.author(), NotificationReason.PROPOSAL_APPROVED, NotifiedItem.PRACTICE, event.practiceId(),
                event, message, replay);
    }

    @EventHandler
    void on(PracticeProposalRejected event, EventMessage<?> message, ReplayStatus replay) {
        notify(event.author(), NotificationReason.PROPOSAL_REJECTED, NotifiedItem.PRACTICE, event.practiceId(),
                event, message, replay);
        notifyWatchers(NotificationReason.PROPOSAL_REJECTED, event.practiceId(), event, message, replay);
    }

    /** Each colleague a curator asked to fill a knowledge gap hears of it, with the question. */
    @EventHandler
    void on(KnowledgeGapRouted event, EventMessage<?> message, ReplayStatus replay) {
        event.experts().forEach(expert -> notify(expert, NotificationReason.GAP_ROUTED, NotifiedItem.GAP,
                event.gapId(), event, message, replay));
    }

    @ResetHandler
    void onReset() {
        jdbc.update("delete from praxis_notification");
        jdbc.update("delete from praxis_watch");
    }

    private void notifyWatchers(NotificationReason reason, String practiceId, PracticeEvent event,
                                EventMessage<?> message, ReplayStatus replay) {
        watchers(DiscussedItem.PRACTICE, practiceId).forEach(username ->
                notify(username, reason, NotifiedItem.PRACTICE, practiceId, event, message, replay));
    }

    private List<String> watchers(DiscussedItem item, String itemId) {
        return jdbc.queryForList("select username from praxis_watch where item_type = ? and item_id = ? "
                + "and watching", String.class, item.name(), itemId);
    }

    private void authorWatches(DiscussedItem item, String itemId, String author) {
        jdbc.update("insert into praxis_watch (item_type, item_id, username, watching) select ?, ?, ?, true where not "
                        + "exists (select 1 from praxis_watch where item_type = ? and item_id = ? and username = ?)",
                item.name(), itemId, author, item.name(), itemId, author);
    }

    private void choose(DiscussedItem item, String itemId, String username, boolean watching) {
        jdbc.update("delete from praxis_watch where item_type = ? and item_id = ? and username = ?",
                item.name(), itemId, username);
        jdbc.update("insert into praxis_watch (item_type, item_id, username, watching) values (?, ?, ?, ?)",
                item.name(), itemId, username, watching);
    }

    private void notify(String recipient, NotificationReason reason, NotifiedItem item, String itemId,
                        AuditedEvent event, EventMessage<?> message, ReplayStatus replay) {
        if (recipient.equals(event.actor())) {
            return;
        }
        // a rebuild makes old news again: it comes back read
        rows.add(recipient, reason, item, itemId, event.actor(), EventSummaries.of(event), message.getIdentifier(),
                event.occurredAt(), replay.isReplay() ? event.occurredAt() : null);
    }
}
