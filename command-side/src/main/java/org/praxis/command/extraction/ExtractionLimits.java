package org.praxis.command.extraction;

import java.time.Duration;

/**
 * Bounds on one extraction. The worker stops writing text at {@code maxCharacters} and does not
 * descend into embedded documents deeper than {@code maxEmbeddedDepth}; the parent kills a worker
 * that takes longer than {@code timeout}; {@code workerHeap} (a JVM size such as {@code 512m})
 * bounds the memory a hostile file can make the parser use.
 */
public record ExtractionLimits(int maxCharacters, int maxEmbeddedDepth, Duration timeout, String workerHeap,
                               int workers) {

    public ExtractionLimits {
        if (maxCharacters <= 0 || maxEmbeddedDepth < 0 || workers <= 0) {
            throw new IllegalArgumentException("extraction limits must be positive");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the extraction timeout must be positive");
        }
    }

}
