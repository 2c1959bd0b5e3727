package org.praxis.query.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (Reimers and Gurevych, "Sentence-BERT", 2019; quantized ONNX),
 * run in process from the model inside its Maven artifact: nothing is downloaded, nothing leaves the
 * machine. A vector has {@value #DIMENSIONS} dimensions and unit length; texts longer than the model's
 * 256 word pieces are embedded in parts and averaged by the library, so callers keep passages short
 * ({@link Passages}). Safe for concurrent use.
 * <p>
 * The texts of one call are embedded in parallel, one per core, each on a single ONNX Runtime thread: the
 * library's default (a thread per text, each running the model on every core) oversubscribes the cores and
 * embedded about 1.5 times fewer passages per second on 2 cores (51 against 79 passages of 150 words a second;
 * ADR 19).
 */
public class SentenceEmbeddings {

    public static final int DIMENSIONS = 384;

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final EmbeddingModel model;

    public SentenceEmbeddings() {
        int cores = Runtime.getRuntime().availableProcessors();
        OnnxBertBiEncoder encoder = singleThreadedEncoder();
        this.model = new AbstractInProcessEmbeddingModel(Executors.newFixedThreadPool(cores, daemonThreads())) {
            @Override
            protected OnnxBertBiEncoder model() {
                return encoder;
            }

            @Override
            protected Integer knownDimension() {
                return DIMENSIONS;
            }
        };
    }

    /** One vector per text, in order. */
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(embedding -> embedding.vector()).toList();
    }

    public float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }

    /** The model and tokenizer the library's own all-MiniLM-L6-v2 artifact ships, on one intra-op thread. */
    private static OnnxBertBiEncoder singleThreadedEncoder() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            return new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
                    tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the sentence-embedding model", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is missing from the langchain4j all-MiniLM-L6-v2 artifact");
        }
        return stream;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sentence-embedding-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
