package org.praxis.app.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/praxis.jar}) as the tests' instances run it, prepared once per test run:
 * <ul>
 *   <li>unpacked as Spring Boot advises for deployments ({@code java -Djarmode=tools -jar praxis.jar extract}:
 *   the application's jar with its libraries as plain jars beside it, instead of jars nested in one, which Spring
 *   Boot's loader reads entry by entry), and</li>
 *   <li>with a class-data-sharing archive of a start (dynamic CDS, JEP 350: the classes loaded and verified once,
 *   mapped by every later start), written by an instance started and stopped for it.</li>
 * </ul>
 * The code that runs is the same jar's; only the start is shorter. Measured on the 2-core development machine
 * (Elasticsearch already running): about 40 s from launch to ready for the packaged jar, 22 s unpacked, 12 s with
 * the archive — a dozen instances start in the integration tests. Where no archive can be written (a JDK without
 * its base archive), the instances start without one.
 */
final class UnpackedApplication {

    private static final Path PACKAGED = Path.of("target", "praxis.jar");
    private static final Path FOLDER = Path.of("target", "praxis-unpacked");
    private static final Path ARCHIVE = FOLDER.resolve("praxis.jsa");

    private static Launch prepared;

    /** A jar to run with {@code java -jar} and the JVM options it needs. */
    record Launch(Path jar, List<String> jvmOptions) {
    }

    private UnpackedApplication() {
    }

    /** The jar as this build packaged it, as the README's command runs it. */
    static Launch packaged() {
        if (!Files.isRegularFile(PACKAGED)) {
            throw new IllegalStateException(PACKAGED.toAbsolutePath() + " is missing: the integration tests run after "
                    + "'package' (./mvnw verify builds it)");
        }
        return new Launch(PACKAGED, List.of());
    }

    /** The application unpacked from the jar this build packaged, with its archive, made on first use. */
    static synchronized Launch get() throws IOException, InterruptedException {
        if (prepared == null) {
            unpack();
            Launch unpacked = new Launch(FOLDER.resolve(PACKAGED.getFileName()), List.of());
            prepared = archive(unpacked) ? new Launch(unpacked.jar(), List.of("-XX:SharedArchiveFile=" + ARCHIVE))
                    : unpacked;
        }
        return prepared;
    }

    private static void unpack() throws IOException, InterruptedException {
        Path log = Files.createDirectories(Path.of("target", "instances")).resolve("unpack.log");
        Process extract = new ProcessBuilder(PraxisProcess.java(), "-Djarmode=tools", "-jar",
                packaged().jar().toString(), "extract", "--destination", FOLDER.toString(), "--force")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
            throw new IllegalStateException("could not unpack " + PACKAGED + " into " + FOLDER + "; see " + log);
        }
        Files.deleteIfExists(ARCHIVE); // an archive of an earlier build would not match these jars
    }

    /** Starts an instance of {@code unpacked} that writes the archive when it stops; whether it was written. */
    private static boolean archive(Launch unpacked) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("praxis-class-data-sharing");
        try (PraxisProcess training = PraxisProcess.launch("class-data-sharing", PraxisProcess.freePort(),
                PraxisProcess.EMBEDDED_H2, PraxisProcess.indexPrefix("cds"), data, "class-data-sharing-password",
                new Launch(unpacked.jar(), List.of("-XX:ArchiveClassesAtExit=" + ARCHIVE)))) {
            // ready: the classes of a start are loaded; the archive is written as it stops
        }
        boolean written = Files.isRegularFile(ARCHIVE);
        if (!written) {
            System.err.println("No class-data-sharing archive was written (see "
                    + "target/instances/class-data-sharing.log); instances start without one");
        }
        return written;
    }
}
