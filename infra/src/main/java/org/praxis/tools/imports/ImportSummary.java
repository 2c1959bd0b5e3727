package org.praxis.tools.imports;

import java.util.List;

/**
 * What one import did, file by file counted; {@code sameAs} names each imported file whose bytes a document
 * the importer may see already held ("path: same as “title” (id)"), {@code failures} each file that failed
 * and why.
 */
record ImportSummary(int imported, int newVersions, int unchanged, int moved, int archived, List<String> sameAs,
                     List<String> failures) {

    String describe() {
        StringBuilder text = new StringBuilder()
                .append("imported ").append(imported).append(", new versions ").append(newVersions)
                .append(", unchanged ").append(unchanged).append(", moved ").append(moved)
                .append(", archived (deleted from the folder) ").append(archived)
                .append(", same as a document already there ").append(sameAs.size())
                .append(", failed ").append(failures.size());
        sameAs.forEach(copy -> text.append(System.lineSeparator()).append("  ").append(copy));
        failures.forEach(failure -> text.append(System.lineSeparator()).append("  failed: ").append(failure));
        return text.toString();
    }
}
