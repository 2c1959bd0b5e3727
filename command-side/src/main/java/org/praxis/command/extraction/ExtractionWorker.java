package org.praxis.command.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.praxis.events.document.ExtractionFailure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The main class of an extraction worker process: reads one {@link ExtractionJob} per line from
 * standard input and answers each with one {@link ExtractionResult} line on standard output.
 * Everything else the parsers print goes to standard error, so it can never corrupt the answers.
 * The parent kills this process when a job takes too long or the heap runs out.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {
    }

    /** One job's answer; a parser bug on one file fails that file, not the worker. */
    private static ExtractionResult answer(TikaTextParser parser, ExtractionJob job) {
        try {
            return parser.extract(job);
        } catch (IOException | RuntimeException e) {
            e.printStackTrace();
            return ExtractionResult.failed(null, ExtractionFailure.Reason.CORRUPT,
                    "the file could not be read: " + e.getClass().getSimpleName());
        }
    }

    public static void main(String[] args) throws IOException {
        PrintStream answers = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ObjectMapper json = new ObjectMapper();
        TikaTextParser parser = new TikaTextParser();
        answers.println("ready");
        BufferedReader jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = jobs.readLine(); line != null; line = jobs.readLine()) {
            answers.println(json.writeValueAsString(answer(parser, json.readValue(line, ExtractionJob.class))));
        }
    }
}
