package org.praxis.app.support;

import org.praxis.platform.elasticsearch.LocalElasticsearchNode;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * The real services the integration tests run against, started once per test JVM. Where Docker
 * runs, Testcontainers provides PostgreSQL and Elasticsearch. Without Docker, the tests use the
 * PostgreSQL server on 127.0.0.1:5432 (a fresh database per run, dropped afterwards) and an
 * Elasticsearch node provisioned from Maven exactly as the application does. A missing service
 * fails the tests with a message saying what to start; nothing is skipped.
 */
public final class TestServices {

    /** The build's {@code elasticsearch.version}, handed to the tests by Failsafe. */
    static final String ELASTICSEARCH_VERSION = System.getProperty("praxis.elasticsearch.version", "8.19.21");
    private static final String LOCAL_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    private static TestServices instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final TcpProxy postgres;
    private final TcpProxy elasticsearch;
    private final Path dataDir;

    private TestServices(String jdbcUrl, String username, String password, String elasticsearchUri) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.postgres = new TcpProxy(URI.create("tcp://" + hostAndPort(jdbcUrl)));
        this.elasticsearch = new TcpProxy(URI.create(elasticsearchUri));
        try {
            this.dataDir = Files.createTempDirectory("praxis-it-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized TestServices get() {
        if (instance == null) {
            instance = DockerClientFactory.instance().isDockerAvailable() ? containers() : local();
        }
        return instance;
    }

    /**
     * A new, empty database for one application context, reached through the proxy that outage tests can cut.
     * Contexts never share a database: Spring keeps every context it has started running, and two contexts on one
     * event store would share its token store, so one context's processors could take over the segments another
     * releases (a rebuild does) and fill their own indexes with the other's documents.
     */
    public String contextJdbcUrl() {
        String url = newDatabase();
        return url.replace(hostAndPort(url), "127.0.0.1:" + postgres.uri().getPort());
    }

    public TcpProxy postgresProxy() {
        return postgres;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Where the application reaches Elasticsearch: through a proxy that outage tests can cut. */
    public String elasticsearchUri() {
        return elasticsearch.uri().toString();
    }

    public TcpProxy elasticsearchProxy() {
        return elasticsearch;
    }

    /**
     * A new, empty database on the same PostgreSQL, for a test that runs Praxis instances of its own; dropped when
     * the test JVM ends.
     */
    public String newDatabase() {
        String name = "praxis_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        run("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run("drop database if exists " + name + " with (force)")));
        int slash = jdbcUrl.lastIndexOf('/');
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(0, slash + 1) + name + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    private void run(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused '" + sql + "': " + e.getMessage(), e);
        }
    }

    /** The {@code host:port} of a JDBC URL such as {@code jdbc:postgresql://localhost:5432/test}. */
    private static String hostAndPort(String jdbcUrl) {
        int start = jdbcUrl.indexOf("//") + 2;
        return jdbcUrl.substring(start, jdbcUrl.indexOf('/', start));
    }

    /** The application's data folder (blobs, extraction work) for this test JVM. */
    public Path dataDir() {
        return dataDir;
    }

    private static TestServices containers() {
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:15-alpine");
        ElasticsearchContainer elasticsearch = new ElasticsearchContainer(
                "docker.elastic.co/elasticsearch/elasticsearch:" + ELASTICSEARCH_VERSION)
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms1g -Xmx1g");
        postgres.start();
        elasticsearch.start();
        return new TestServices(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(),
                "http://" + elasticsearch.getHttpHostAddress());
    }

    private static TestServices local() {
        String user = System.getenv().getOrDefault("PRAXIS_TEST_DB_USER", "postgres");
        String database = "praxis_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(user, "create database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(user, "drop database if exists " + database)));
        LocalElasticsearchNode node = startElasticsearch();
        Runtime.getRuntime().addShutdownHook(new Thread(node::close));
        return new TestServices(LOCAL_POSTGRES + database, user, "", node.uri().toString());
    }

    private static void execute(String user, String sql) {
        try (Connection connection = DriverManager.getConnection(LOCAL_POSTGRES + "test", user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at 127.0.0.1:5432 (database 'test', user '"
                    + user + "', trust authentication): " + e.getMessage() + ". Start it with "
                    + "'pg_ctlcluster --skip-systemctl-redirect 15 main start' (bash .ci/run sets it up), "
                    + "or run where Docker is available so Testcontainers can start one.", e);
        }
    }

    private static LocalElasticsearchNode startElasticsearch() {
        try {
            // a gigabyte of heap: every test context and instance adds its indexes to this one node
            return LocalElasticsearchNode.start(Path.of("target", "it-elasticsearch"), ELASTICSEARCH_VERSION, 0,
                    "1g", Duration.ofMinutes(3));
        } catch (IOException e) {
            throw new UncheckedIOException("The Elasticsearch node for the tests did not start: " + e.getMessage()
                    + ". It is provisioned from the Maven artifact org.elasticsearch.distribution.integ-test-zip:"
                    + "elasticsearch:" + ELASTICSEARCH_VERSION + " (zip); see target/it-elasticsearch.", e);
        }
    }
}
