package org.praxis.command.extraction;

import org.praxis.events.document.ExtractionFailure.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;

/**
 * Extracts text in separate worker JVMs, so that a hostile file can exhaust only a worker's heap
 * and a parser that hangs (a thread interrupt does not stop Tika) is killed at the time limit.
 * Workers are started on demand, reused while healthy and replaced after a kill or crash.
 */
public final class ForkedTextExtractor implements TextExtractor, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ForkedTextExtractor.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ExtractionLimits limits;
    private final Ocr ocr;
    private final List<String> command;
    private final Path workerLog;
    private final Semaphore permits;
    private final BlockingQueue<WorkerProcess> idle = new LinkedBlockingQueue<>();
    private final Set<WorkerProcess> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public ForkedTextExtractor(ExtractionLimits limits, Ocr ocr, Path workDirectory) throws IOException {
        this.limits = limits;
        this.ocr = ocr;
        this.command = WorkerCommand.forCurrentJvm(limits.workerHeap());
        this.workerLog = Files.createDirectories(workDirectory).resolve("extraction-worker.log");
        this.permits = new Semaphore(limits.workers(), true);
    }

    /** One OCR run ends a little before the whole job's time limit, so that Tesseract is never left running. */
    private int ocrTimeoutSeconds() {
        return (int) Math.max(1, limits.timeout().toSeconds() - 5);
    }

    /**
     * Starts every worker now, in the background, so that the first uploads after a start do not wait
     * for a JVM to boot (seconds on a busy machine). A worker that fails to start here is started on
     * demand later, as usual.
     */
    public void warmUp() {
        Thread starter = new Thread(() -> {
            for (int i = 0; i < limits.workers(); i++) {
                permits.acquireUninterruptibly();
                try {
                    if (!closed) {
                        WorkerProcess started = WorkerProcess.start(command, workerLog, START_TIMEOUT);
                        running.add(started);
                        idle.add(started);
                    }
                } catch (IOException e) {
                    log.warn("An extraction worker did not start ahead of time: {}", e.getMessage());
                } finally {
                    permits.release();
                }
            }
        }, "extraction-worker-warm-up");
        starter.setDaemon(true);
        starter.start();
    }

    @Override
    public ExtractionResult extract(Path file, String fileName, Path textFile) throws IOException {
        ExtractionJob job = new ExtractionJob(file.toAbsolutePath().toString(), fileName,
                textFile.toAbsolutePath().toString(), limits.maxCharacters(), limits.maxEmbeddedDepth(),
                ocr.available() ? ocr.tesseractLanguages() : null, ocr.unavailable(), ocrTimeoutSeconds());
        permits.acquireUninterruptibly();
        try {
            return runOnWorker(job);
        } finally {
            permits.release();
        }
    }

    private ExtractionResult runOnWorker(ExtractionJob job) throws IOException {
        if (closed) {
            throw new IllegalStateException("the text extractor is closed");
        }
        WorkerProcess worker = healthyIdleWorker();
        try {
            ExtractionResult result = worker.run(job, limits.timeout());
            idle.add(worker);
            return result;
        } catch (TimeoutException e) {
            log.warn("Extraction of {} took longer than {} and was stopped", job.fileName(), limits.timeout());
            retire(worker);
            return ExtractionResult.failed(null, Reason.TIMEOUT,
                    "reading the file took longer than " + limits.timeout().toSeconds() + " s and was stopped");
        } catch (WorkerProcess.WorkerDiedException e) {
            log.warn("Extraction worker died on {}: {}", job.fileName(), e.getMessage());
            retire(worker);
            return ExtractionResult.failed(null, e.outOfMemory() ? Reason.TOO_LARGE : Reason.CORRUPT,
                    e.outOfMemory() ? "reading the file needed more memory than allowed"
                            : "the parser crashed on this file");
        } catch (IOException | RuntimeException e) {
            retire(worker);
            throw e;
        }
    }

    private WorkerProcess healthyIdleWorker() throws IOException {
        for (WorkerProcess worker = idle.poll(); worker != null; worker = idle.poll()) {
            if (worker.isAlive()) {
                return worker;
            }
            retire(worker);
        }
        WorkerProcess started = WorkerProcess.start(command, workerLog, START_TIMEOUT);
        running.add(started);
        return started;
    }

    private void retire(WorkerProcess worker) {
        running.remove(worker);
        worker.close();
    }

    /** Kills every worker, busy ones included: a parse stuck in a loop must not outlive the application. */
    @Override
    public void close() {
        closed = true;
        idle.clear();
        running.forEach(WorkerProcess::close);
        running.clear();
    }
}
