package org.praxis.platform.elasticsearch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The Elasticsearch server distribution published on Maven Central as
 * {@code org.elasticsearch.distribution.integ-test-zip:elasticsearch:<version>:zip}: taken from the
 * local Maven repository (where the build puts it), downloaded from Maven Central otherwise, and
 * unpacked once.
 */
final class ElasticsearchDistribution {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchDistribution.class);
    private static final String ARTIFACT_PATH = "org/elasticsearch/distribution/integ-test-zip/elasticsearch";
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
    private static final String UNPACKED_MARKER = ".praxis-unpacked";

    private final String version;

    ElasticsearchDistribution(String version) {
        this.version = version;
    }

    /** The unpacked distribution's home folder under {@code parent}, unpacking it first if needed. */
    Path unpackInto(Path parent) throws IOException {
        Path home = parent.resolve("elasticsearch-" + version);
        if (Files.exists(home.resolve(UNPACKED_MARKER))) {
            return home;
        }
        Path zip = locateZip(parent);
        log.info("Unpacking Elasticsearch {} from {}", version, zip);
        Path partial = Files.createDirectories(parent.resolve("unpacking"));
        try (InputStream in = Files.newInputStream(zip)) {
            ZipArchive.extract(in, partial);
        }
        Path unpacked = partial.resolve("elasticsearch-" + version);
        makeExecutable(unpacked.resolve("bin"));
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(partial);
        Files.createFile(home.resolve(UNPACKED_MARKER));
        return home;
    }

    private Path locateZip(Path downloadDir) throws IOException {
        String file = "elasticsearch-" + version + ".zip";
        Path local = localRepository().resolve(ARTIFACT_PATH).resolve(version).resolve(file);
        if (Files.isRegularFile(local)) {
            return local;
        }
        Path downloaded = downloadDir.resolve(file);
        if (!Files.isRegularFile(downloaded)) {
            download(URI.create(CENTRAL + ARTIFACT_PATH + "/" + version + "/" + file), downloaded);
        }
        return downloaded;
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static void download(URI source, Path target) throws IOException {
        log.info("Downloading {} (about 100 MB, once)", source);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(source).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                throw new IOException("downloading " + source + " answered HTTP " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + source, e);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void makeExecutable(Path bin) throws IOException {
        try (var files = Files.list(bin)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
