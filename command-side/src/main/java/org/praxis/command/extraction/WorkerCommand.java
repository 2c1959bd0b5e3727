package org.praxis.command.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The command line that starts an extraction worker JVM with this JVM's classes: straight from the
 * class path in development and tests, or through Spring Boot's launcher when running from the
 * application jar.
 */
final class WorkerCommand {

    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private WorkerCommand() {
    }

    static List<String> forCurrentJvm(String heap) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java,
                "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-Xss8m",
                "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=praxis-extraction-worker-logback.xml",
                "-cp", classPath));
        if (isSpringBootJar(classPath)) {
            command.add("-Dloader.main=" + ExtractionWorker.class.getName());
            command.add(BOOT_LAUNCHER);
        } else {
            command.add(ExtractionWorker.class.getName());
        }
        return command;
    }

    private static boolean isSpringBootJar(String classPath) {
        Path path = Path.of(classPath);
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar") || !Files.isRegularFile(path)) {
            return false;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.getEntry("BOOT-INF/") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
