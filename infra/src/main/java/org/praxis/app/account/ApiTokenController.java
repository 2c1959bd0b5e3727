package org.praxis.app.account;

import org.praxis.platform.security.ApiTokens;
import org.praxis.platform.security.PraxisUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** {@code /api/me/tokens}: one's own API tokens, for scripts and the bulk import. */
@RestController
@RequestMapping("/api/me/tokens")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name) {
    }

    /** The token is in this answer only; Praxis keeps just its hash. */
    @PostMapping
    ResponseEntity<ApiTokens.Issued> issue(@RequestBody NewToken request, @AuthenticationPrincipal PraxisUser user) {
        ApiTokens.Issued issued = tokens.issue(user.getUsername(), request.name());
        return ResponseEntity.created(URI.create("/api/me/tokens/" + issued.id())).body(issued);
    }

    @GetMapping
    List<ApiTokens.Listed> mine(@AuthenticationPrincipal PraxisUser user) {
        return tokens.of(user.getUsername());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id, @AuthenticationPrincipal PraxisUser user) {
        tokens.revoke(user.getUsername(), id);
        return ResponseEntity.noContent().build();
    }
}
