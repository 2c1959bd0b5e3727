package org.praxis.tools.bench;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline's text extraction: Tika's auto-detecting parser in this JVM, the whole text (no length limit),
 * embedded documents included, and no OCR — what a plain "Tika + {@code _bulk}" crawler does on a machine
 * without Tesseract. Not thread-safe.
 */
final class RawExtraction {

    private final Tika tika = new Tika();
    private final AutoDetectParser parser = new AutoDetectParser();

    /** The file's media type, as Tika detects it from its name and bytes. */
    String detect(Path file) throws IOException {
        return tika.detect(file);
    }

    /** The file's text. */
    String text(Path file) throws IOException {
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        context.set(Parser.class, parser);
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, new Metadata(), context);
            return handler.toString();
        } catch (TikaException | SAXException e) {
            throw new IOException("Tika could not read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
