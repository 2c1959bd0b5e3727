package org.praxis.command.extraction;

import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.praxis.events.document.ExtractionFailure.Reason;
import org.xml.sax.SAXException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Tika with Praxis's limits: auto-detection, a cap on written characters, bounded embedded depth, and failures
 * sorted into the reasons a user can act on. OCR by Tesseract reads images and PDF pages without a text layer
 * where it is available (images within {@link ImageFacts#MAX_OCR_PIXELS}; the searchable facts of photos are
 * written after their text); text stays text whatever its first bytes look like ({@link PlainText}); Word text
 * marked hidden or deleted is left out ({@link HiddenWordText}). Runs inside a worker process, never in the
 * application's JVM.
 */
final class TikaTextParser {

    private static final int LANGUAGE_SAMPLE = 20_000;
    /**
     * Which PDF pages OCR reads (Tika's AUTO strategy, "unmapped characters, total characters"): a page with
     * fewer than 10 characters of text, or whose characters are nine in ten glyphs without a Unicode meaning.
     * Tika's default ("better": 10% unmapped) sends born-digital LaTeX pages to OCR (12 of geometry-de.pdf's
     * pages, 234 s instead of 1.8 s); a page with a text layer is read as text.
     */
    private static final String PAGES_WITHOUT_TEXT_LAYER = "90%, 10";

    private final TikaConfig config = TikaConfig.getDefaultConfig();
    private final AutoDetectParser parser = new AutoDetectParser(config);
    private final MediaTypeRegistry registry = config.getMediaTypeRegistry();
    /** Types by file name alone, for a text whose first bytes look like another format's. */
    private final Tika names = new Tika(config);
    private final LanguageDetector languages = loadLanguageModels();

    ExtractionResult extract(ExtractionJob job) throws IOException {
        Metadata metadata = new Metadata();
        if (job.fileName() != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, job.fileName());
        }
        List<String> warnings = new ArrayList<>();
        boolean ocr = job.ocr() && withinOcrPixels(Path.of(job.file()), warnings);
        ParseContext context = limitedContext(job, ocr);
        DepthLimitedEmbeddedExtractor embedded = (DepthLimitedEmbeddedExtractor)
                context.get(org.apache.tika.extractor.EmbeddedDocumentExtractor.class);
        Path textFile = Path.of(job.textFile());
        MediaType type;
        long characters;
        try (TikaInputStream in = TikaInputStream.get(Path.of(job.file()), metadata);
             CountingWriter text = new CountingWriter(new BufferedWriter(new OutputStreamWriter(
                     Files.newOutputStream(textFile), StandardCharsets.UTF_8)))) {
            type = parser.getDetector().detect(in, metadata);
            if (MediaTypeDetector.keepsText(type, Path.of(job.file()), job.fileName())) {
                type = asText(metadata, MediaType.parse(names.detect(job.fileName())));
            } else if (!canParse(type, context) && readsAsText(type, Path.of(job.file()))) {
                warnings.add(readAsPlainText(type));
                type = asText(metadata, MediaType.TEXT_PLAIN);
            }
            if (!canParse(type, context)) {
                return ExtractionResult.failed(type.toString(), Reason.UNSUPPORTED,
                        "Praxis cannot read text from files of type " + type.getBaseType());
            }
            if (type.getSubtype().contains("openxmlformats-officedocument")) {
                Optional<String> declaring = DocumentTypeDeclarations.declaringPart(Path.of(job.file()));
                if (declaring.isPresent()) {
                    return ExtractionResult.failed(type.toString(), Reason.CORRUPT, "the file could not be read: "
                            + declaring.get() + " declares a document type (DOCTYPE), which Office never writes "
                            + "and which can make a reader open local files");
                }
            }
            Optional<Path> visible = HiddenWordText.applies(type.toString())
                    ? HiddenWordText.withoutHiddenRuns(Path.of(job.file()), textFile.toAbsolutePath().getParent())
                    : Optional.empty();
            try (TikaInputStream visibleText = visible.isPresent() ? TikaInputStream.get(visible.get()) : null) {
                if (visible.isPresent()) {
                    warnings.add("text marked hidden in the document was not read");
                }
                parseInto(text, visibleText != null ? visibleText : in, metadata, context, job, warnings);
            } finally {
                if (visible.isPresent()) {
                    Files.deleteIfExists(visible.get());
                }
            }
            if (text.count() == 0 && readsAsText(type, Path.of(job.file()))) {
                warnings.add(readAsPlainText(type));
                type = asText(metadata, MediaType.TEXT_PLAIN);
                try (TikaInputStream again = TikaInputStream.get(Path.of(job.file()))) {
                    parseInto(text, again, metadata, context, job, warnings);
                }
            }
            if (type.getType().equals("image")) {
                for (String fact : ImageFacts.searchable(metadata)) {
                    text.write("\n" + fact);
                }
            }
            characters = text.count();
        } catch (ZeroByteFileException e) {
            return ExtractionResult.failed(metadata.get(Metadata.CONTENT_TYPE), Reason.EMPTY, "the file is empty");
        } catch (EncryptedDocumentException e) {
            return ExtractionResult.failed(metadata.get(Metadata.CONTENT_TYPE), Reason.ENCRYPTED,
                    "the file is password protected");
        } catch (TikaException | SAXException | IOException e) {
            return failure(metadata, e);
        } catch (StackOverflowError e) {
            return ExtractionResult.failed(metadata.get(Metadata.CONTENT_TYPE), Reason.CORRUPT,
                    "the file is nested too deeply to read");
        }
        if (type.getBaseType().equals(MediaType.APPLICATION_ZIP)) {
            int encrypted = EncryptedZipEntries.count(Path.of(job.file()));
            if (encrypted > 0) {
                warnings.add(encrypted + " password-protected archive entr" + (encrypted == 1 ? "y was" : "ies were")
                        + " not read");
            }
        }
        if (embedded.limitReached()) {
            warnings.add("embedded documents nested deeper than " + job.maxEmbeddedDepth() + " levels were not read");
        }
        String sample = sample(textFile);
        if (sample.isBlank() && !job.ocr() && mayBeScanned(type)) {
            warnings.add(Ocr.NO_TEXT_LAYER);
        } else if (sample.isBlank()) {
            warnings.add("no text found");
        }
        return new ExtractionResult(type.toString(), null, characters, language(sample), title(metadata),
                pageCount(metadata), warnings, FileAuthors.of(metadata));
    }

    /** Parses into {@code text}, noting when the text reached the job's limit and was cut. */
    private void parseInto(CountingWriter text, InputStream source, Metadata metadata, ParseContext context,
                           ExtractionJob job, List<String> warnings) throws IOException, SAXException, TikaException {
        try {
            parser.parse(source, new BodyContentHandler(new WriteOutContentHandler(text, job.maxCharacters())),
                    metadata, context);
        } catch (SAXException | TikaException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            warnings.add("text truncated after " + job.maxCharacters() + " characters");
        }
    }

    /** Whether a file typed as something other than text, which yields no text that way, decodes as text. */
    private boolean readsAsText(MediaType type, Path file) throws IOException {
        return !PlainText.isText(type, registry) && PlainText.decodes(file);
    }

    private static String readAsPlainText(MediaType looked) {
        return "read as plain text: its first bytes looked like " + looked.getBaseType();
    }

    /** Makes Tika parse the file as {@code text} (a text type), whatever its first bytes look like. */
    private static MediaType asText(Metadata metadata, MediaType text) {
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, text.toString());
        return text;
    }

    private boolean canParse(MediaType type, ParseContext context) {
        Map<MediaType, Parser> parsers = parser.getParsers(context);
        for (MediaType t = type.getBaseType(); t != null; t = registry.getSupertype(t)) {
            if (parsers.containsKey(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the file, when it is an image, is small enough for OCR ({@link ImageFacts#MAX_OCR_PIXELS}); a
     * larger one is read without OCR and says so.
     */
    private static boolean withinOcrPixels(Path file, List<String> warnings) {
        OptionalLong pixels = ImageFacts.pixels(file);
        if (pixels.isPresent() && pixels.getAsLong() > ImageFacts.MAX_OCR_PIXELS) {
            warnings.add("the image is too large to read text from (" + pixels.getAsLong() / 1_000_000
                    + " million pixels; at most " + ImageFacts.MAX_OCR_PIXELS / 1_000_000 + " million are read)");
            return false;
        }
        return true;
    }

    /** Images and PDFs: the kinds of file whose text may be a picture of text, for OCR to read. */
    private static boolean mayBeScanned(MediaType type) {
        return type.getType().equals("image") || type.getBaseType().equals(MediaType.application("pdf"));
    }

    private ParseContext limitedContext(ExtractionJob job, boolean ocr) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class,
                new DepthLimitedEmbeddedExtractor(context, job.maxEmbeddedDepth()));
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        if (ocr) {
            tesseract.setLanguage(job.ocrLanguages());
            tesseract.setTimeoutSeconds(job.ocrTimeoutSeconds());
        } else {
            tesseract.setSkipOcr(true);
        }
        context.set(TesseractOCRConfig.class, tesseract);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setOcrStrategyAuto(PAGES_WITHOUT_TEXT_LAYER);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(OfficeParserConfig.class, currentTextOnly());
        return context;
    }

    /**
     * Word files are read for their current text: tracked deletions and text moved away are not content
     * (Tika's streaming .docx reader honours that; its default reader does not). Headers, footers, foot- and
     * endnotes and comments are read as before.
     */
    private static OfficeParserConfig currentTextOnly() {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        return office;
    }

    private static ExtractionResult failure(Metadata metadata, Exception e) {
        String message = rootMessage(e);
        String lower = message.toLowerCase(Locale.ROOT);
        Reason reason = lower.contains("zip bomb") || lower.contains("entity expansion")
                || lower.contains("entityexpansion") ? Reason.TOO_LARGE : Reason.CORRUPT;
        String detail = reason == Reason.TOO_LARGE
                ? "the file expands to far more data than it holds (suspected decompression or XML bomb)"
                : "the file could not be read: " + message;
        return ExtractionResult.failed(metadata.get(Metadata.CONTENT_TYPE), reason, truncate(detail));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        StringBuilder messages = new StringBuilder();
        while (cause != null) {
            if (cause.getMessage() != null) {
                messages.append(messages.isEmpty() ? "" : ": ").append(cause.getMessage());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return messages.isEmpty() ? e.getClass().getSimpleName() : messages.toString();
    }

    private static String truncate(String detail) {
        return detail.length() <= 300 ? detail : detail.substring(0, 300) + "…";
    }

    private static String sample(Path textFile) throws IOException {
        char[] sample = new char[LANGUAGE_SAMPLE];
        int read;
        try (Reader reader = Files.newBufferedReader(textFile, StandardCharsets.UTF_8)) {
            read = reader.read(sample);
        }
        return read <= 0 ? "" : new String(sample, 0, read);
    }

    private String language(String sample) {
        if (sample.isBlank()) {
            return null;
        }
        LanguageResult result = languages.detect(sample);
        return result.isUnknown() ? null : result.getLanguage();
    }

    private static String title(Metadata metadata) {
        String title = metadata.get(TikaCoreProperties.TITLE);
        return title == null || title.isBlank() ? null : title;
    }

    private static Integer pageCount(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return pages != null ? pages : metadata.getInt(Office.PAGE_COUNT);
    }

    private static LanguageDetector loadLanguageModels() {
        return new OptimaizeLangDetector().loadModels();
    }
}
