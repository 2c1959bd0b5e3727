package org.praxis.command.extraction;

/**
 * One request to an extraction worker: parse {@code file} (named {@code fileName} by its uploader,
 * a hint for type detection only) and write at most {@code maxCharacters} of its text to {@code textFile}.
 * {@code ocrLanguages} are Tesseract's languages ({@code eng+deu}) for images and PDF pages without a text
 * layer, or null when OCR is not available ({@code ocrUnavailable} says why); one OCR run may take at most
 * {@code ocrTimeoutSeconds}.
 */
record ExtractionJob(String file, String fileName, String textFile, int maxCharacters, int maxEmbeddedDepth,
                     String ocrLanguages, String ocrUnavailable, int ocrTimeoutSeconds) {

    boolean ocr() {
        return ocrLanguages != null && !ocrLanguages.isBlank();
    }
}
