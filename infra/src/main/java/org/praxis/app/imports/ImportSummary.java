package org.praxis.app.imports;

import java.util.List;

/** What one import did, file by file counted; {@code failures} name each file that failed and why. */
record ImportSummary(int imported, int newVersions, int unchanged, int moved, int archived, List<String> failures) {

    String describe() {
        StringBuilder text = new StringBuilder()
                .append("imported ").append(imported).append(", new versions ").append(newVersions)
                .append(", unchanged ").append(unchanged).append(", moved ").append(moved)
                .append(", archived (deleted from the folder) ").append(archived)
                .append(", failed ").append(failures.size());
        failures.forEach(failure -> text.append(System.lineSeparator()).append("  failed: ").append(failure));
        return text.toString();
    }
}
