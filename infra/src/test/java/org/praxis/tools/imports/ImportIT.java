package org.praxis.tools.imports;

import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk import against a running Praxis: new, unchanged, changed, moved and deleted files. */
class ImportIT extends PraxisIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_folder_is_imported_once_and_then_only_its_changes_are_sent() throws IOException {
        Api importer = newUser("importer", "CONTRIBUTOR");
        Path folder = Files.createTempDirectory("import");
        Path state = Files.createTempDirectory("import-state").resolve("state.tsv");
        copy("testPDF.pdf", folder.resolve("reports/tika.pdf"));
        // a comment after the PDF's end makes this copy unique: search lists identical copies once, and other
        // tests upload the same file
        Files.writeString(folder.resolve("reports/tika.pdf"), "\n% " + UUID.randomUUID() + "\n",
                StandardOpenOption.APPEND);
        copy("testRTF.rtf", folder.resolve("notes.rtf"));
        copy("testCSV.csv", folder.resolve("data/table.csv"));
        Files.writeString(folder.resolve(".hidden"), "not for the knowledge base");

        assertThat(importAgain(folder, state, importer)).isEqualTo(0);
        assertThat(text(out)).contains("imported 3, new versions 0, unchanged 0, moved 0");
        assertThat(text(err)).contains("3/3 files", "files/s", "ETA");
        importer.awaitSearch("\"Content Analysis Toolkit\"",
                r -> r.get("hits").findValuesAsText("owner").contains(importer.username()));

        assertThat(importAgain(folder, state, importer)).isEqualTo(0);
        assertThat(text(out)).contains("imported 0, new versions 0, unchanged 3, moved 0, archived (deleted from the folder) 0");

        copy("testPDF.pdf", folder.resolve("notes.rtf"));
        Files.move(folder.resolve("data/table.csv"), folder.resolve("table-2024.csv"));
        Files.delete(folder.resolve("reports/tika.pdf"));
        assertThat(importAgain(folder, state, importer)).isEqualTo(0);
        assertThat(text(out)).contains("imported 0, new versions 1, unchanged 0, moved 1, "
                + "archived (deleted from the folder) 1, ").contains("failed 0");

        String csv = Files.readAllLines(state).stream().filter(line -> line.startsWith("table-2024.csv\t"))
                .reduce((first, second) -> second).orElseThrow().split("\t")[2];
        assertThat(importer.get("/api/documents/" + csv + "/history").getBody().toString())
                .contains("moved to 'table-2024.csv'");
    }

    @Test
    void a_file_with_the_same_bytes_as_a_document_already_there_is_named_in_the_summary() throws IOException {
        Api importer = newUser("importer", "CONTRIBUTOR");
        Path folder = Files.createTempDirectory("import");
        String text = "Checklist " + uniqueWord("copy") + ": lock the gate, switch off the kiln.";
        Files.writeString(folder.resolve("a.txt"), text);
        Files.writeString(folder.resolve("b.txt"), text);

        assertThat(importAgain(folder, Files.createTempDirectory("import-state").resolve("state.tsv"), importer))
                .isEqualTo(0);
        assertThat(text(out)).contains("imported 2,", "same as a document already there 1")
                .contains("b.txt: same as \u201ca.txt\u201d");
    }

    @Test
    void without_a_password_or_a_server_the_import_says_what_to_do() throws IOException {
        Path folder = Files.createTempDirectory("import");

        assertThat(ImportCommand.run(new String[] {folder.toString()}, Map.of(), null, print(out), print(err)))
                .isEqualTo(2);
        assertThat(text(err)).contains("set PRAXIS_PASSWORD");
        assertThat(ImportCommand.run(new String[] {folder.toString(), "--url", "http://localhost:1"},
                Map.of("PRAXIS_PASSWORD", "x"), null, print(out), print(err))).isEqualTo(3);
        assertThat(text(err)).contains("not reachable at http://localhost:1");
        assertThat(ImportCommand.run(new String[] {"/no/such/folder"}, Map.of(), null, print(out), print(err)))
                .isEqualTo(2);
    }

    private int importAgain(Path folder, Path state, Api importer) {
        out.reset();
        err.reset();
        return ImportCommand.run(new String[] {folder.toString(), "--url", "http://localhost:" + port, "--user",
                importer.username(), "--state", state.toString()},
                Map.of("PRAXIS_PASSWORD", passwordOf(importer.username())), null, print(out), print(err));
    }

    private static void copy(String corpusFile, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(SharedFixtures.corpus().resolve(corpusFile), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
