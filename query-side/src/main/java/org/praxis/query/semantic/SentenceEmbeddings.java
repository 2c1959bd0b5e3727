package org.praxis.query.semantic;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.List;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (Reimers and Gurevych, "Sentence-BERT", 2019; quantized ONNX),
 * run in process from the model inside its Maven artifact: nothing is downloaded, nothing leaves the
 * machine. A vector has {@value #DIMENSIONS} dimensions and unit length; texts longer than the model's
 * 256 word pieces are embedded in parts and averaged by the library, so callers keep passages short
 * ({@link Passages}). Safe for concurrent use.
 */
public class SentenceEmbeddings {

    public static final int DIMENSIONS = 384;

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

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
}
