package org.praxis.command.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One running extraction worker JVM and the line protocol to it. Not thread-safe: the
 * {@link ForkedTextExtractor} hands each worker to one caller at a time.
 */
final class WorkerProcess implements AutoCloseable {

    /** The exit code a worker JVM uses when its heap runs out ({@code -XX:+ExitOnOutOfMemoryError}). */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final Process process;
    private final Writer jobs;
    private final BufferedReader answers;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "extraction-worker-reader");
        thread.setDaemon(true);
        return thread;
    });

    private WorkerProcess(Process process) {
        this.process = process;
        this.jobs = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static WorkerProcess start(List<String> command, Path log, Duration startTimeout) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        WorkerProcess worker = new WorkerProcess(process);
        try {
            String greeting = worker.readLine(startTimeout);
            if (!"ready".equals(greeting)) {
                throw new IOException("the extraction worker did not start (see " + log + ")");
            }
        } catch (TimeoutException e) {
            worker.close();
            throw new IOException("the extraction worker did not start within " + startTimeout.toSeconds() + " s");
        } catch (IOException e) {
            worker.close();
            throw e;
        }
        return worker;
    }

    /**
     * Sends the job and waits for the answer.
     *
     * @throws TimeoutException when no answer came in time; the caller must close this worker
     * @throws WorkerDiedException when the process ended without answering
     */
    ExtractionResult run(ExtractionJob job, Duration timeout) throws IOException, TimeoutException {
        jobs.write(json.writeValueAsString(job));
        jobs.write('\n');
        jobs.flush();
        String answer = readLine(timeout);
        if (answer == null) {
            throw new WorkerDiedException(outOfMemory());
        }
        return json.readValue(answer, ExtractionResult.class);
    }

    private boolean outOfMemory() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == OUT_OF_MEMORY_EXIT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String readLine(Duration timeout) throws IOException, TimeoutException {
        Future<String> line = reader.submit(answers::readLine);
        try {
            return line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the extraction worker", e);
        } catch (ExecutionException e) {
            return null;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process and everything it started; a hung parser cannot ignore this. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        reader.shutdownNow();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class WorkerDiedException extends IOException {

        private final boolean outOfMemory;

        WorkerDiedException(boolean outOfMemory) {
            super(outOfMemory ? "the extraction worker ran out of memory" : "the extraction worker died");
            this.outOfMemory = outOfMemory;
        }

        boolean outOfMemory() {
            return outOfMemory;
        }
    }
}
