package org.praxis.command.extraction;

import java.util.List;

/**
 * Whether the extraction workers read text from images and from PDF pages without a text layer, and in which
 * Tesseract languages ({@code eng}, {@code deu}, …; ISO 639-2 codes as Tesseract names its language data).
 * {@code unavailable} says why OCR is off (null when it is on): no Tesseract on the PATH, none of the wanted
 * languages installed, or switched off by configuration.
 */
public record Ocr(List<String> languages, String unavailable) {

    /** The warning of an image or PDF without text, read where OCR is not available: it may be a scan. */
    public static final String NO_TEXT_LAYER = "no text layer — OCR not available";

    public Ocr {
        languages = languages == null ? List.of() : List.copyOf(languages);
        if (languages.isEmpty() == (unavailable == null)) {
            throw new IllegalArgumentException("OCR has languages exactly when it is available");
        }
    }

    public static Ocr in(List<String> languages) {
        return new Ocr(languages, null);
    }

    public static Ocr off(String why) {
        return new Ocr(List.of(), why);
    }

    public boolean available() {
        return unavailable == null;
    }

    /** The languages as Tesseract's {@code -l} option takes them: {@code eng+deu}. */
    String tesseractLanguages() {
        return String.join("+", languages);
    }
}
