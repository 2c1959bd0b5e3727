package org.praxis.app.gap;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.gap.RouteKnowledgeGapCommand;
import org.praxis.platform.security.Accounts;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.praxis.query.expertise.Expert;
import org.praxis.query.expertise.ExpertSearch;
import org.praxis.query.gap.GapEntry;
import org.praxis.query.gap.GapQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * For curators: {@code GET /api/search/gaps}, the questions people searched for and found nothing, most asked first,
 * each with the colleagues most likely to be able to fill the gap; {@code POST /api/search/gaps/{id}/route}
 * {@code {experts?}} asks colleagues to fill one (those named, or else the likely experts who have an account),
 * each of whom is notified.
 */
@RestController
class GapController {

    static final int EXPERTS_PER_GAP = 3;

    private final GapQueries gaps;
    private final ExpertSearch experts;
    private final Accounts accounts;
    private final CommandGateway commands;

    GapController(GapQueries gaps, ExpertSearch experts, Accounts accounts, CommandGateway commands) {
        this.gaps = gaps;
        this.experts = experts;
        this.accounts = accounts;
        this.commands = commands;
    }

    /** One gap with its likely experts and the colleagues already asked to fill it ({@code routedTo}). */
    record Gap(String id, String query, int askedTimes, int askers, Instant firstAskedAt, Instant lastAskedAt,
               List<Expert> experts, Set<String> routedTo) {
    }

    /** Whom to ask: usernames; none for the likely experts. */
    record Routing(List<String> experts) {
    }

    /** Who was asked now ({@code asked}: those named who had not been asked before). */
    record Routed(String id, String query, List<String> asked) {
    }

    @GetMapping("/api/search/gaps")
    List<Gap> gaps(@RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal PraxisUser curator) {
        return gaps.mostAsked(size).stream().map(gap -> shown(gap, curator)).toList();
    }

    /**
     * Asks colleagues to fill the gap.
     *
     * @throws NotFound                 (404) when nobody asked such a question
     * @throws IllegalArgumentException (400) for a name without an account, or when nobody is named and no likely
     *                                  expert has an account, or when the curator names themself
     * @throws org.praxis.command.common.RuleViolation (409) when everyone named was asked already
     */
    @PostMapping("/api/search/gaps/{id}/route")
    Routed route(@PathVariable String id, @RequestBody(required = false) Routing routing,
              @AuthenticationPrincipal PraxisUser curator) {
        GapEntry gap = gaps.find(id).orElseThrow(() -> new NotFound("gap"));
        List<String> named = routing == null || routing.experts() == null || routing.experts().isEmpty()
                ? likelyColleagues(gap, curator) : routing.experts();
        named.stream().filter(username -> accounts.user(username).isEmpty()).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("there is no account '" + unknown + "' to ask");
        });
        List<String> asked = commands.sendAndWait(new RouteKnowledgeGapCommand(id, named, curator.getUsername()));
        return new Routed(id, gap.query(), asked);
    }

    private List<String> likelyColleagues(GapEntry gap, PraxisUser curator) {
        List<String> colleagues = experts.find(gap.query(), null, EXPERTS_PER_GAP, curator.viewer()).stream()
                .map(Expert::person).filter(Expert.Person::account).map(Expert.Person::id)
                .filter(username -> !username.equals(curator.getUsername())).toList();
        if (colleagues.isEmpty()) {
            throw new IllegalArgumentException("nobody with an account is known to know about '" + gap.query()
                    + "' yet: name the colleagues to ask");
        }
        return colleagues;
    }

    private Gap shown(GapEntry gap, PraxisUser curator) {
        return new Gap(gap.id(), gap.query(), gap.askedTimes(), gap.askers().size(), gap.firstAskedAt(),
                gap.lastAskedAt(), experts.find(gap.query(), null, EXPERTS_PER_GAP, curator.viewer()), gap.routedTo());
    }
}
