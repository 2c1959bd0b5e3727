package org.praxis.tools;

import org.praxis.app.PraxisApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A Praxis server started for one tool run — on its embedded default, with a fresh data folder, on a free
 * port of 127.0.0.1 and an admin password nobody else knows — and the tool's own beans in a child context
 * of it. The server never scans {@code org.praxis.tools}: a tool's beans exist only while the tool runs.
 */
public final class LocalPraxis implements AutoCloseable {

    private final ConfigurableApplicationContext server;
    private final AnnotationConfigApplicationContext tools;
    private final String adminPassword;

    private LocalPraxis(ConfigurableApplicationContext server, AnnotationConfigApplicationContext tools,
                        String adminPassword) {
        this.server = server;
        this.tools = tools;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts the server with these extra {@code --name=value} properties, then the tool beans that
     * {@code toolConfiguration} declares or scans. Logs only warnings.
     *
     * @throws IOException when the temporary data folder can't be created
     */
    public static LocalPraxis start(Class<?> toolConfiguration, String... properties) throws IOException {
        String password = UUID.randomUUID().toString();
        List<String> arguments = new ArrayList<>(List.of(
                "--praxis.data-dir=" + Files.createTempDirectory("praxis-" + toolConfiguration.getSimpleName()),
                "--server.port=0", "--server.address=127.0.0.1", "--praxis.admin.password=" + password,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(properties));
        ConfigurableApplicationContext server = new SpringApplication(PraxisApplication.class)
                .run(arguments.toArray(String[]::new));
        try {
            return new LocalPraxis(server, toolsWithin(server, toolConfiguration), password);
        } catch (RuntimeException failure) {
            server.close();
            throw failure;
        }
    }

    /**
     * The beans of {@code toolConfiguration} in a child context of a running server's {@code server}: they
     * are wired with the server's beans, the server never sees them. Close it when the tool is done.
     */
    public static AnnotationConfigApplicationContext toolsWithin(ApplicationContext server, Class<?> toolConfiguration) {
        AnnotationConfigApplicationContext tools = new AnnotationConfigApplicationContext();
        tools.setParent(server);
        tools.register(toolConfiguration);
        tools.refresh();
        return tools;
    }

    public <T> T tool(Class<T> type) {
        return tools.getBean(type);
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        return ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    /** The password of the first administrator, {@code admin}. */
    public String adminPassword() {
        return adminPassword;
    }

    @Override
    public void close() {
        tools.close();
        server.close();
    }
}
