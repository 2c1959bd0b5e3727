package org.praxis.app.audit;

import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Page;
import org.praxis.query.audit.AuditFilter;
import org.praxis.query.audit.AuditRecord;
import org.praxis.query.audit.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The organisation-wide audit trail for auditors: filter by type, person and dates; export as CSV. */
@Page
class AuditPage {

    static final int SHOWN = 500;

    private final AuditTrail trail;
    private final AuditVisibility visibility;

    AuditPage(AuditTrail trail, AuditVisibility visibility) {
        this.trail = trail;
        this.visibility = visibility;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String type, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @AuthenticationPrincipal PraxisUser user, Model model) {
        AuditFilter filter = new AuditFilter(blank(type), blank(actor),
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<AuditRecord> records = new ArrayList<>();
        trail.forEach(filter, visibility.documentsShownTo(user), record -> {
            if (records.size() <= SHOWN) {
                records.add(record);
            }
        });
        model.addAttribute("records", records.size() > SHOWN ? records.subList(0, SHOWN) : records);
        model.addAttribute("more", records.size() > SHOWN);
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
