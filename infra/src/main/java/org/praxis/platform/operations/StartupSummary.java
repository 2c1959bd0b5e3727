package org.praxis.platform.operations;

import com.zaxxer.hikari.HikariDataSource;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.RestClient;
import org.praxis.platform.config.PraxisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one start-up message a person needs once Praxis is ready: where to open it and where its data lives (the
 * event store, the uploaded files, the search indexes). The frameworks' own start-up lines are logged at debug
 * level ({@code application.properties}); the first admin's generated password is printed by {@code FirstAdmin}.
 */
@Component
class StartupSummary {

    private static final Logger log = LoggerFactory.getLogger(StartupSummary.class);

    private final PraxisProperties properties;
    private final DataSource dataSource;
    private final RestClient elasticsearch;

    StartupSummary(PraxisProperties properties, DataSource dataSource, RestClient elasticsearch) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.elasticsearch = elasticsearch;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE) // after everything else that runs when ready
    void ready(ApplicationReadyEvent event) {
        String address = event.getApplicationContext() instanceof WebServerApplicationContext web
                && web.getWebServer() != null ? "http://localhost:" + web.getWebServer().getPort() + "/" : "(no web server)";
        log.info("""
                Praxis is ready at {}
                  data folder:  {}
                  event store:  {}
                  files:        {}
                  search:       Elasticsearch {} at {}""",
                address, properties.dataDir().toAbsolutePath().normalize(), eventStore(),
                properties.blobDir().toAbsolutePath().normalize(),
                properties.elasticsearch().mode().name().toLowerCase(Locale.ROOT),
                elasticsearch.getNodes().stream().map(Node::getHost).map(Object::toString)
                        .collect(Collectors.joining(", ")));
    }

    /** The event store's JDBC address, without credentials (they are never part of a Hikari JDBC URL here). */
    private String eventStore() {
        return dataSource instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : dataSource.getClass().getSimpleName();
    }
}
