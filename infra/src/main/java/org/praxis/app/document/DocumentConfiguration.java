package org.praxis.app.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.blob.BlobStore;
import org.praxis.blob.FileBlobStore;
import org.praxis.command.extraction.ExtractionLimits;
import org.praxis.command.extraction.ForkedTextExtractor;
import org.praxis.command.extraction.MediaTypeDetector;
import org.praxis.command.extraction.Ocr;
import org.praxis.command.extraction.Tesseract;
import org.praxis.command.extraction.TextExtractionPolicy;
import org.praxis.platform.config.PraxisProperties;
import org.praxis.platform.processing.DeadLetterParking;
import org.praxis.query.IndexNames;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.TextAnalysis;
import org.praxis.query.document.DocumentChanges;
import org.praxis.query.document.DocumentEntry;
import org.praxis.query.document.DocumentProjection;
import org.praxis.query.document.DocumentQueries;
import org.praxis.query.document.ExtractedTextSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/** Wires the document feature: blob store, text extraction, the documents index and its queries. */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DocumentConfiguration.class);

    @Bean
    BlobStore blobStore(PraxisProperties properties) throws IOException {
        return new FileBlobStore(properties.blobDir());
    }

    /**
     * What OCR this machine offers (Tesseract and the configured languages it has), found out once and said
     * at start; the admin page shows it too.
     */
    @Bean
    Ocr ocr(PraxisProperties properties) {
        Ocr ocr = Tesseract.probe(properties.extraction().ocr().languages());
        if (ocr.available()) {
            log.info("OCR: Tesseract reads scans and photos in {}", ocr.languages());
        } else {
            log.warn("OCR is not available: {}. Scans and photos are stored without their text and flagged "
                    + "\"{}\"; install tesseract-ocr (and its language data) and read them again from the admin page.",
                    ocr.unavailable(), Ocr.NO_TEXT_LAYER);
        }
        return ocr;
    }

    /** Text extraction in worker processes, with OCR where it is available. */
    @Bean(initMethod = "warmUp", destroyMethod = "close")
    ForkedTextExtractor textExtractor(PraxisProperties properties, Ocr ocr) throws IOException {
        PraxisProperties.Extraction limits = properties.extraction();
        return new ForkedTextExtractor(new ExtractionLimits(limits.maxCharacters(), limits.maxEmbeddedDepth(),
                limits.timeout(), limits.workerHeap(), limits.workers()), ocr, properties.workDir());
    }

    @Bean
    TextExtractionPolicy textExtractionPolicy(ForkedTextExtractor extractor, BlobStore blobs, CommandGateway commands,
                                              PraxisProperties properties) throws IOException {
        return new TextExtractionPolicy(extractor, blobs, commands, properties.workDir().resolve("extraction"));
    }

    @Bean
    MediaTypeDetector mediaTypeDetector() {
        return new MediaTypeDetector();
    }

    @Bean(initMethod = "ensureExists")
    ProjectionIndex<DocumentEntry> documentIndex(ElasticsearchClient client, IndexNames names,
                                        TextAnalysis analysis, DeadLetterParking parking) {
        return new ProjectionIndex<>(client, names, analysis, IndexNames.DOCUMENTS, DocumentEntry.class,
                "/org/praxis/query/document/documents-index.json", parking.forGroup(DocumentProjection.PROCESSING_GROUP));
    }

    @Bean
    DocumentProjection documentProjection(ProjectionIndex<DocumentEntry> index, DocumentChanges changes) {
        return new DocumentProjection(index, changes);
    }

    /** How document events change an index entry, reading extracted text from the blob store. */
    @Bean
    DocumentChanges documentChanges(ExtractedTextSource texts, PraxisProperties properties) {
        return new DocumentChanges(texts, properties.elasticsearch().maxIndexedCharacters());
    }

    @Bean
    DocumentQueries documentQueries(ProjectionIndex<DocumentEntry> index, EventStore events) {
        return new DocumentQueries(index, events);
    }

    /** Extracted text, read from the blob store (the documents and passages projections read it). */
    @Bean
    ExtractedTextSource extractedTextSource(BlobStore blobs) {
        return ExtractedTextSource.of(blobs);
    }
}
