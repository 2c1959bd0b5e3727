package org.praxis.command.extraction;

/**
 * One request to an extraction worker: parse {@code file} (named {@code fileName} by its uploader,
 * a hint for type detection only) and write at most {@code maxCharacters} of its text to {@code textFile}.
 */
record ExtractionJob(String file, String fileName, String textFile, int maxCharacters, int maxEmbeddedDepth) {
}
