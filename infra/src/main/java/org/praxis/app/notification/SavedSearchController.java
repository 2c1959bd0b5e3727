package org.praxis.app.notification;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
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

/**
 * {@code /api/saved-searches}: a person's saved searches (their own only). With {@code notify}, they hear of each
 * result that comes later (among the first {@value SavedSearches#WATCHED_RESULTS}), never of one they may not see.
 */
@RestController
@RequestMapping("/api/saved-searches")
class SavedSearchController {

    private final SavedSearches saved;

    SavedSearchController(SavedSearches saved) {
        this.saved = saved;
    }

    /** The body of {@code POST}: the name, the words and filters of the search API, whether to notify. */
    record SaveRequest(String name, String q, SavedSearch.Filters filters, @JsonProperty("notify") Boolean notifies) {
    }

    @PostMapping
    ResponseEntity<SavedSearch> save(@RequestBody SaveRequest request, @AuthenticationPrincipal PraxisUser user) {
        SavedSearch search = saved.save(user, request.name(), request.q(), request.filters(),
                request.notifies() == null || request.notifies());
        return ResponseEntity.created(URI.create("/api/saved-searches/" + search.id())).body(search);
    }

    @GetMapping
    List<SavedSearch> mine(@AuthenticationPrincipal PraxisUser user) {
        return saved.of(user.getUsername());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal PraxisUser user) {
        if (!saved.delete(user.getUsername(), id)) {
            throw new NotFound("saved search");
        }
        return ResponseEntity.noContent().build();
    }
}
