package org.praxis.app.expertise;

import org.praxis.platform.security.PraxisUser;
import org.praxis.query.expertise.Expert;
import org.praxis.query.expertise.ExpertSearch;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/experts?q=&tag=&size=}: who knows about a topic (judged by the items with the tag, when given),
 * with the evidence why.
 */
@RestController
class ExpertController {

    private final ExpertSearch experts;

    ExpertController(ExpertSearch experts) {
        this.experts = experts;
    }

    @GetMapping("/api/experts")
    List<Expert> experts(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String tag,
                         @RequestParam(defaultValue = "10") int size, @AuthenticationPrincipal PraxisUser user) {
        return experts.find(q, tag == null || tag.isBlank() ? null : tag.strip(), size, user.viewer());
    }
}
