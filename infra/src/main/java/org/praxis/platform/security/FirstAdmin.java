package org.praxis.platform.security;

import org.praxis.platform.config.PraxisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * On the first start (no accounts yet) creates the account {@code admin}, with every role, with the password from
 * {@code praxis.admin.password} (the environment variable {@code PRAXIS_ADMIN_PASSWORD}), or a generated one
 * printed once. With {@code praxis.admin.recover=true} it gives an existing {@code admin} that password back instead
 * (see {@link Accounts#recover}).
 */
@Component
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final String configuredPassword;
    private final boolean recover;

    FirstAdmin(Accounts accounts, PraxisProperties properties) {
        this.accounts = accounts;
        this.configuredPassword = properties.admin().password();
        this.recover = properties.admin().recover();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (recover && accounts.exists(USERNAME)) {
            if (configuredPassword.isBlank()) {
                throw new IllegalStateException("praxis.admin.recover=true needs PRAXIS_ADMIN_PASSWORD: the temporary "
                        + "password to give the account '" + USERNAME + "'");
            }
            accounts.recover(USERNAME, configuredPassword, "system:recovery");
            log.warn("Recovered the account '{}': it signs in with PRAXIS_ADMIN_PASSWORD and chooses a new password. "
                    + "Start without praxis.admin.recover from now on.", USERNAME);
            return;
        }
        if (!accounts.none()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatedPassword() : configuredPassword;
        // the first person sets everything up: they publish and verify the first practices and read the audit too
        accounts.create(USERNAME, password, EnumSet.allOf(Role.class), Set.of(), "system:setup");
        if (generated) {
            log.warn("""

                    ******************************************************************
                      Created the first account: admin / {}
                      This password is shown only once. Set PRAXIS_ADMIN_PASSWORD to
                      choose it yourself on a fresh data folder.
                    ******************************************************************""", password);
        } else {
            log.info("Created the first account 'admin' with the password from PRAXIS_ADMIN_PASSWORD");
        }
    }

    private static String generatedPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
