package org.praxis.app.document;

import org.praxis.platform.security.PraxisUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/documents/read-again} (admins only): read again, now with OCR, every scan read without
 * it; answers 202 with how many documents are being read, 409 when OCR is still not available.
 */
@RestController
class ReadingAgainController {

    private final ReadingAgain readingAgain;

    ReadingAgainController(ReadingAgain readingAgain) {
        this.readingAgain = readingAgain;
    }

    @PostMapping("/api/admin/documents/read-again")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReadingAgain.Requested readAgain(@AuthenticationPrincipal PraxisUser admin) {
        return readingAgain.scansReadWithoutOcr(admin.getUsername());
    }
}
