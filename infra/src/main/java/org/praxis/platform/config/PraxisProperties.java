package org.praxis.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Everything under {@code praxis.*}. Defaults give the embedded setup: data under {@code ./data}
 * and a local Elasticsearch node provisioned and run by the application.
 */
@ConfigurationProperties("praxis")
public record PraxisProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Upload upload,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue Extraction extraction,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Oidc oidc,
        @DefaultValue Search search,
        @DefaultValue Admin admin,
        @DefaultValue Processing processing,
        @DefaultValue Practices practices,
        @DefaultValue Mail mail,
        @DefaultValue SignIn signIn) {

    public Path blobDir() {
        return dataDir.resolve("blobs");
    }

    public Path workDir() {
        return dataDir.resolve("work");
    }

    public record Upload(@DefaultValue("100MB") DataSize maxSize) {
    }

    /**
     * {@code mode=embedded} provisions the Elasticsearch distribution of {@code version} (set by the
     * build from the POM's {@code elasticsearch.version}) and runs it on 127.0.0.1 (port 0 picks a free one); {@code mode=external}
     * uses {@code uris}.
     */
    public record Elasticsearch(
            @DefaultValue("embedded") Mode mode,
            @DefaultValue List<String> uris,
            @DefaultValue("praxis") String indexPrefix,
            String version,
            @DefaultValue("0") int port,
            @DefaultValue("512m") String heap,
            @DefaultValue("120s") Duration startTimeout,
            @DefaultValue("1000000") int maxIndexedCharacters) {

        public enum Mode { EMBEDDED, EXTERNAL }
    }

    /**
     * Requests each user may make per minute (in bursts up to that many); more get 429 with Retry-After. Admins
     * importing are held back by the pipeline instead: while text extraction is more than {@code importBacklog}
     * events behind, their uploads get 503 with Retry-After ({@code IngestBackPressure}).
     */
    public record RateLimit(
            @DefaultValue("300") int searchesPerMinute,
            @DefaultValue("60") int uploadsPerMinute,
            @DefaultValue("500") int importBacklog) {
    }

    /**
     * Sign-in through an OpenID Connect provider (active once a client registration is configured under
     * {@code spring.security.oauth2.client.registration.*}): which claim names the account, which claim
     * lists its groups (none: groups are managed in Praxis), and the roles of a first-time user.
     */
    public record Oidc(
            @DefaultValue("preferred_username") String usernameClaim,
            String groupsClaim,
            @DefaultValue("READER") Set<String> defaultRoles) {
    }

    /**
     * {@code semantic}: the best word matches are ordered again by meaning (sentence vectors of every item's
     * passages, made by their own processor); off, search ranks by words alone and nothing is embedded.
     */
    public record Search(@DefaultValue("true") boolean semantic) {
    }

    public record Extraction(
            @DefaultValue("2000000") int maxCharacters,
            @DefaultValue("5") int maxEmbeddedDepth,
            @DefaultValue("60s") Duration timeout,
            @DefaultValue("512m") String workerHeap,
            @DefaultValue("1") int workers,
            @DefaultValue Ocr ocr) {
    }

    /**
     * {@code languages}: the Tesseract languages OCR reads scans and photos in ({@code eng}, {@code deu},
     * {@code fra}, …: the names of Tesseract's language data); those installed are used, and an empty list
     * switches OCR off.
     */
    public record Ocr(@DefaultValue({"eng", "deu"}) List<String> languages) {
    }

    /**
     * {@code password}: the password of the first account, {@code admin}, created on the first start (no
     * accounts yet); set it with the environment variable {@code PRAXIS_ADMIN_PASSWORD}. Empty: a generated
     * one is printed once. {@code recover=true} (with {@code password} set): a start that gives the existing
     * {@code admin} account that password back, as a temporary one, enabled and with the admin role, for when no
     * admin can sign in any more.
     */
    public record Admin(@DefaultValue("") String password, @DefaultValue("false") boolean recover) {
    }

    /**
     * {@code segments}: how many segments each pooled event processor's stream is divided into (one per core by
     * default, {@code ProcessingDefaults}; ADR 19: on 2 cores, 2 segments rebuilt the documents index 28% faster
     * than 16). A new event store is initialised with this many; a store with another count is brought to it at
     * start ({@code ProcessorSegments}).
     * {@code maxClaimedSegments}: how many of them one instance claims (all by default); with n instances set
     * {@code segments} to a multiple of n and this to {@code segments / n}, and each processes its share, taking over
     * a stopped one's.
     */
    public record Processing(Integer segments, Integer maxClaimedSegments) {

        public Processing {
            maxClaimedSegments = maxClaimedSegments == null ? Integer.MAX_VALUE : maxClaimedSegments;
            if (segments == null || segments < 1 || maxClaimedSegments < 1) {
                throw new IllegalArgumentException("praxis.processing.segments and max-claimed-segments must be at"
                        + " least 1, not " + segments + " and " + maxClaimedSegments);
            }
        }
    }

    /**
     * {@code snapshotEvery}: practices live for years and collect endorsements; one is loaded from a snapshot
     * taken after this many events.
     */
    public record Practices(@DefaultValue("50") int snapshotEvery) {
    }

    /**
     * Notification mails (sent only when {@code spring.mail.host} is set): their sender, and the address of Praxis
     * their links start with. How often they are sent is {@code praxis.mail.interval} (a minute), read by the
     * scheduler.
     */
    public record Mail(@DefaultValue("praxis@localhost") String from,
                       @DefaultValue("http://localhost:8080") String baseUrl) {

        public Mail {
            baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        }
    }

    /**
     * Failed sign-ins allowed per account and per client address in each {@code window} (a token bucket refilling
     * evenly); beyond them a sign-in is refused without its password being checked (the page says so, the API
     * answers 429 with Retry-After), so passwords cannot be guessed at the speed of Argon2. Per address counts
     * more: colleagues behind one office address mistype too. After the OWASP Authentication Cheat Sheet
     * ("Protect against automated attacks": account lockout by throttling, not a permanent lock).
     */
    public record SignIn(@DefaultValue("10") int failuresPerAccount,
                         @DefaultValue("100") int failuresPerAddress,
                         @DefaultValue("15m") Duration window) {
    }
}
