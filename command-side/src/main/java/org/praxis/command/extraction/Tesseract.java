package org.praxis.command.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Finds out what OCR this machine offers: runs {@code tesseract --list-langs} (the command Tika's OCR parser
 * runs too, found on the PATH) and keeps the wanted languages that are installed. Tesseract is optional: without
 * it Praxis reads every file that has a text layer and says that scans stay unread.
 */
public final class Tesseract {

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

    private Tesseract() {
    }

    /** OCR in those of {@code wanted} (Tesseract language codes) that are installed; off with the reason otherwise. */
    public static Ocr probe(List<String> wanted) {
        if (wanted.isEmpty()) {
            return Ocr.off("switched off (praxis.extraction.ocr.languages is empty)");
        }
        List<String> installed;
        try {
            installed = installedLanguages();
        } catch (IOException e) {
            return Ocr.off("Tesseract is not installed (no 'tesseract' command on the PATH)");
        }
        List<String> usable = wanted.stream().map(language -> language.strip().toLowerCase(Locale.ROOT))
                .filter(installed::contains).distinct().toList();
        return usable.isEmpty()
                ? Ocr.off("Tesseract has none of the languages " + wanted + " installed (it has " + installed + ")")
                : Ocr.in(usable);
    }

    private static List<String> installedLanguages() throws IOException {
        Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
        try (InputStream out = process.getInputStream()) {
            String listing = new String(out.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            if (!process.waitFor(PROBE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("tesseract --list-langs did not answer within " + PROBE_TIMEOUT.toSeconds()
                        + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("tesseract --list-langs failed: " + listing.strip());
            }
            return languages(listing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking Tesseract for its languages", e);
        }
    }

    /** The language codes of {@code tesseract --list-langs}: every line after its heading. */
    static List<String> languages(String listing) {
        List<String> languages = new ArrayList<>();
        for (String line : listing.strip().split("\\R")) {
            String code = line.strip();
            if (!code.isEmpty() && !code.startsWith("List of available languages") && !code.contains(" ")) {
                languages.add(code.toLowerCase(Locale.ROOT));
            }
        }
        return languages;
    }
}
