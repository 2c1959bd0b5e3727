package org.praxis.app.expertise;

import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Page;
import org.praxis.query.expertise.ExpertSearch;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** Who knows about a topic: colleagues ranked by their visible work, each with the evidence as links. */
@Page
class ExpertsPage {

    private static final int SHOWN = 10;

    private final ExpertSearch experts;

    ExpertsPage(ExpertSearch experts) {
        this.experts = experts;
    }

    @GetMapping("/experts")
    String experts(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal PraxisUser user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("experts", q.isBlank() ? List.of() : experts.find(q, null, SHOWN, user.viewer()));
        return "experts";
    }
}
