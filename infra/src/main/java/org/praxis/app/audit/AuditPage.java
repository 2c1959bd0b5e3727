package org.praxis.app.audit;

import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Page;
import org.praxis.query.audit.AuditFilter;
import org.praxis.query.audit.AuditRecord;
import org.praxis.query.audit.AuditTrail;
import org.praxis.query.audit.EventTypes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The organisation-wide audit trail for auditors: newest first, {@value #PAGE_SIZE} events a page; filter by event
 * type (chosen from the list, in words), person and dates; each row names what it is about, linked; export as CSV
 * (oldest first, everything).
 */
@Page
class AuditPage {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AuditVisibility visibility;
    private final AuditItems items;

    AuditPage(AuditTrail trail, AuditVisibility visibility, AuditItems items) {
        this.trail = trail;
        this.visibility = visibility;
        this.items = items;
    }

    /** One row: the event, what it is about, and its type in words. */
    record Row(AuditRecord record, AuditItems.Item item, String what) {
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String type, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PraxisUser user, Model model) {
        AuditFilter filter = new AuditFilter(blank(type), blank(actor),
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        AuditTrail.Page shown = trail.newestFirst(filter, visibility.documentsShownTo(user), Math.max(0, page),
                PAGE_SIZE);
        Map<String, AuditItems.Item> cache = new HashMap<>();
        model.addAttribute("rows", shown.records().stream().map(record -> new Row(record,
                items.of(record, user, cache), EventTypes.named(record.type()).map(EventTypes.EventType::words)
                        .orElse(record.type()))).toList());
        model.addAttribute("shown", shown);
        model.addAttribute("types", EventTypes.all());
        model.addAttribute("filter", filter);
        model.addAttribute("type", type);
        model.addAttribute("actor", actor);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
