package org.praxis.app.account;

import org.praxis.platform.security.Accounts;
import org.praxis.platform.security.PraxisUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/me/password} {@code {current, password}}: a person chooses a new password (12 characters or more),
 * proving the current one; 204. After an admin's reset it is the only request the account may make.
 */
@RestController
class PasswordController {

    private final Accounts accounts;

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    record NewPassword(String current, String password) {
    }

    @PutMapping("/api/me/password")
    ResponseEntity<Void> change(@RequestBody NewPassword request, @AuthenticationPrincipal PraxisUser user) {
        accounts.changePassword(user.getUsername(), request.current(), request.password());
        return ResponseEntity.noContent().build();
    }
}
