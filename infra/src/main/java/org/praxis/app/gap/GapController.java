package org.praxis.app.gap;

import org.praxis.platform.security.PraxisUser;
import org.praxis.query.expertise.Expert;
import org.praxis.query.expertise.ExpertSearch;
import org.praxis.query.gap.GapQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/search/gaps}: for curators, the questions people searched for and found nothing,
 * most asked first, each with the colleagues most likely to be able to fill the gap.
 */
@RestController
class GapController {

    static final int EXPERTS_PER_GAP = 3;

    private final GapQueries gaps;
    private final ExpertSearch experts;

    GapController(GapQueries gaps, ExpertSearch experts) {
        this.gaps = gaps;
        this.experts = experts;
    }

    record Gap(String query, int askedTimes, int askers, Instant firstAskedAt, Instant lastAskedAt,
               List<Expert> experts) {
    }

    @GetMapping("/api/search/gaps")
    List<Gap> gaps(@RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal PraxisUser curator) {
        return gaps.mostAsked(size).stream()
                .map(gap -> new Gap(gap.query(), gap.askedTimes(), gap.askers().size(), gap.firstAskedAt(),
                        gap.lastAskedAt(), experts.find(gap.query(), null, EXPERTS_PER_GAP, curator.viewer())))
                .toList();
    }
}
