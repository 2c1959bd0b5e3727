package org.praxis.app.account;

import org.praxis.platform.security.AccountView;
import org.praxis.platform.security.Accounts;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/admin/users}: accounts, for admins: create, change roles and groups, reset a password, disable and
 * enable. Each change is an event of the person.
 */
@RestController
@RequestMapping("/api/admin/users")
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    record NewAccount(String username, String password, Set<Role> roles, Set<String> groups) {
    }

    @PostMapping
    ResponseEntity<AccountView> create(@RequestBody NewAccount request, @AuthenticationPrincipal PraxisUser admin) {
        AccountView created = accounts.create(request.username(), request.password(), request.roles(), request.groups(),
                admin.getUsername());
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    record Access(Set<Role> roles, Set<String> groups) {
    }

    /** Replaces the roles and groups; the account's next request already sees only what they allow. */
    @PutMapping("/{username}")
    AccountView grant(@PathVariable String username, @RequestBody Access request,
                      @AuthenticationPrincipal PraxisUser admin) {
        return accounts.grant(username, request.roles(), request.groups(), admin.getUsername());
    }

    record TemporaryPassword(String password) {
    }

    /** Sets a temporary password: the person's sessions end and they choose a new one at the next sign-in. */
    @PostMapping("/{username}/password-reset")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody TemporaryPassword request,
                                       @AuthenticationPrincipal PraxisUser admin) {
        accounts.resetPassword(username, request.password(), admin.getUsername());
        return ResponseEntity.noContent().build();
    }

    /** Disables the account: its sessions and API tokens stop working at once; an admin cannot disable themself. */
    @PostMapping("/{username}/disable")
    AccountView disable(@PathVariable String username, @AuthenticationPrincipal PraxisUser admin) {
        return accounts.enable(username, false, admin.getUsername());
    }

    @PostMapping("/{username}/enable")
    AccountView enable(@PathVariable String username, @AuthenticationPrincipal PraxisUser admin) {
        return accounts.enable(username, true, admin.getUsername());
    }

    @GetMapping
    List<AccountView> all() {
        return accounts.all();
    }
}
