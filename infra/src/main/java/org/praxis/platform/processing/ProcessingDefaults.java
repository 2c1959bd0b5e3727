package org.praxis.platform.processing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The default of {@code praxis.processing.segments}: one segment per core the JVM may use
 * ({@link Runtime#availableProcessors()}), so that a processor's work packages match the threads that can run them
 * (ADR 19). It is the lowest-precedence property source, so any configured value wins; {@code application.properties}
 * passes it on to each pooled processor's {@code initial-segment-count}. Registered in
 * {@code META-INF/spring.factories}, as Spring Boot reads environment post-processors before any bean exists.
 */
final class ProcessingDefaults implements EnvironmentPostProcessor {

    private static final String SEGMENTS = "praxis.processing.segments";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("praxis-processing-defaults",
                Map.of(SEGMENTS, Runtime.getRuntime().availableProcessors())));
    }
}
