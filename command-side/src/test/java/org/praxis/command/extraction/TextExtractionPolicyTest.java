package org.praxis.command.extraction;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.blob.FileBlobStore;
import org.praxis.blob.StoredBlob;
import org.praxis.command.document.RecordExtractionFailureCommand;
import org.praxis.command.document.RecordTextExtractionCommand;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.DocumentReadAgainRequested;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.ExtractionFailure;
import org.praxis.events.document.Visibility;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The extraction policy records each read's outcome on the document, with the text stored once as a blob. */
class TextExtractionPolicyTest {

    @TempDir
    Path work;

    private final List<Object> sent = new ArrayList<>();
    private FileBlobStore blobs;
    private ExtractionResult nextResult;
    private TextExtractionPolicy policy;

    @BeforeEach
    void setUp() throws Exception {
        blobs = new FileBlobStore(work.resolve("blobs"));
        CommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> command : List.of(RecordTextExtractionCommand.class, RecordExtractionFailureCommand.class)) {
            bus.subscribe(command.getName(), message -> {
                sent.add(message.getPayload());
                return null;
            });
        }
        TextExtractor extractor = (file, fileName, textFile) -> {
            if (nextResult.succeeded()) {
                Files.writeString(textFile, "the words of " + fileName);
            }
            return nextResult;
        };
        policy = new TextExtractionPolicy(extractor, blobs, DefaultCommandGateway.builder().commandBus(bus).build(),
                work.resolve("scratch"));
    }

    @Test
    void readTextIsStoredOnceAndRecordedWithItsFacts() throws Exception {
        nextResult = new ExtractionResult("application/pdf", null, 24, "en", "Report", 3, List.of("text cut"),
                List.of("Ann Author"));

        policy.on(uploaded(content("report.pdf")));

        RecordTextExtractionCommand recorded = (RecordTextExtractionCommand) sent.get(0);
        assertThat(recorded.documentId()).isEqualTo("d1");
        assertThat(recorded.version()).isEqualTo(1);
        assertThat(recorded.text().authors()).containsExactly("Ann Author");
        assertThat(recorded.text().warnings()).containsExactly("text cut");
        assertThat(recorded.text().pageCount()).isEqualTo(3);
        assertThat(Files.readString(blobs.locate(recorded.text().textHash()))).isEqualTo("the words of report.pdf");
        assertThat(work.resolve("scratch")).isEmptyDirectory();
    }

    @Test
    void aFailureIsRecordedAsSuch() throws Exception {
        nextResult = ExtractionResult.failed("application/pdf", ExtractionFailure.Reason.ENCRYPTED, "password needed");

        policy.on(new DocumentReadAgainRequested("d1", content("locked.pdf"), "OCR is available now", "admin",
                Instant.EPOCH));

        assertThat(sent).containsExactly(new RecordExtractionFailureCommand("d1", 1,
                new ExtractionFailure(ExtractionFailure.Reason.ENCRYPTED, "password needed"),
                TextExtractionPolicy.ACTOR));
    }

    @Test
    void contentErasedBeforeItsTurnIsNotRead() throws Exception {
        nextResult = new ExtractionResult("text/plain", null, 1, null, null, null, List.of(), List.of());

        policy.on(uploaded(new DocumentContent(1, "", 0, "text/plain", "")));

        assertThat(sent).isEmpty();
    }

    private DocumentContent content(String fileName) throws Exception {
        StoredBlob blob = blobs.put(new ByteArrayInputStream(fileName.getBytes(StandardCharsets.UTF_8)));
        return new DocumentContent(1, blob.hash(), blob.size(), "application/pdf", fileName);
    }

    private static DocumentUploaded uploaded(DocumentContent content) {
        return new DocumentUploaded("d1", "Report", content, Set.of(), null, Visibility.organization(), "ann",
                Instant.EPOCH);
    }
}
