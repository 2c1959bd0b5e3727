package org.praxis.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Praxis server: the feature adapters of {@code org.praxis.app}, the technical adapters of
 * {@code org.praxis.platform} and the command side's handlers. The tools ({@code org.praxis.tools}) are not
 * part of it; they start it and add their own beans beside it. Started by {@link org.praxis.Praxis}.
 */
@SpringBootApplication(scanBasePackages = {"org.praxis.app", "org.praxis.platform", "org.praxis.command"})
@AutoConfigurationPackage(basePackages = {"org.praxis.app", "org.praxis.platform"})
@ConfigurationPropertiesScan("org.praxis.platform.config")
public class PraxisApplication {

    /** Runs the server with Spring Boot's {@code --name=value} arguments until it is stopped. */
    public static void serve(String[] args) {
        SpringApplication.run(PraxisApplication.class, args);
    }
}
