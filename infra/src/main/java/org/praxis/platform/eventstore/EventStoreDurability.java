package org.praxis.platform.eventstore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nothing acknowledged is lost": Praxis answers a change only after its events are committed, so the
 * promise holds exactly when a returned commit survives a crash. This checks the event store's settings
 * for that at start-up and warns about each one that breaks it (ADR 12):
 * <ul>
 *     <li>H2 (the embedded default): {@code WRITE_DELAY=0} and the {@code dsync:} file system
 *     ({@link SynchronousFilePath}), both in the default URL;</li>
 *     <li>PostgreSQL: {@code fsync} and {@code synchronous_commit} not switched off (their defaults).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreDurability implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EventStoreDurability.class);

    private final JdbcTemplate jdbc;

    EventStoreDurability(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers the {@code dsync:} scheme before any bean (the data source among them) is created. */
    @Bean
    static BeanFactoryPostProcessor synchronousH2Files() {
        return beanFactory -> SynchronousFilePath.register();
    }

    @Override
    public void run(ApplicationArguments args) {
        risks().forEach(risk -> log.warn("Changes Praxis acknowledged may be lost in a crash: {}", risk));
    }

    /** The event store's settings that let a crash lose committed events, as sentences; empty when none. */
    public List<String> risks() {
        Store store = jdbc.execute((ConnectionCallback<Store>) connection -> new Store(
                connection.getMetaData().getDatabaseProductName(), connection.getMetaData().getURL()));
        List<String> risks = new ArrayList<>();
        if (store.product().equals("H2")) {
            // one row for the database, one more when the URL sets it
            String writeDelay = setting("select max(setting_value) from information_schema.settings "
                    + "where setting_name = 'WRITE_DELAY'");
            if (!writeDelay.equals("0")) {
                risks.add("H2 keeps commits in memory for up to " + writeDelay + " ms; add WRITE_DELAY=0 to the URL");
            }
            if (!store.url().startsWith("jdbc:h2:" + SynchronousFilePath.SCHEME + ":")) {
                risks.add("H2 does not force commits to the disk; open it as jdbc:h2:" + SynchronousFilePath.SCHEME
                        + ":file:…");
            }
        } else if (store.product().equals("PostgreSQL")) {
            if (setting("show fsync").equals("off")) {
                risks.add("PostgreSQL runs with fsync off");
            }
            if (setting("show synchronous_commit").equals("off")) {
                risks.add("PostgreSQL runs with synchronous_commit off");
            }
        }
        return risks;
    }

    private record Store(String product, String url) {
    }

    private String setting(String query) {
        return String.valueOf(jdbc.queryForObject(query, String.class));
    }
}
