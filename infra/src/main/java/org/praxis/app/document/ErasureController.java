package org.praxis.app.document;

import org.praxis.platform.security.PraxisUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** {@code POST /api/admin/documents/{id}/erasure}: erase a document for good (admins only). */
@RestController
class ErasureController {

    private final DocumentErasure erasure;

    ErasureController(DocumentErasure erasure) {
        this.erasure = erasure;
    }

    @PostMapping("/api/admin/documents/{id}/erasure")
    DocumentErasure.Erasure erase(@PathVariable String id, @AuthenticationPrincipal PraxisUser admin)
            throws IOException {
        return erasure.erase(id, admin.getUsername());
    }
}
