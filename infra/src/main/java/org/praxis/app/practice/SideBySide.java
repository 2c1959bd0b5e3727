package org.praxis.app.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff laid out in two columns, as people compare revisions: unchanged lines on both
 * sides, removed lines on the left next to the lines that replaced them on the right.
 */
public record SideBySide(List<Row> rows) {

    /** One line on each side; a side is null where the other side has a line of its own. */
    public record Row(String before, String after, boolean changed) {
    }

    static SideBySide of(List<String> unified) {
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String line : unified) {
            if (line.startsWith("---") || line.startsWith("+++") || line.startsWith("@@")) {
                continue;
            }
            if (line.startsWith("-")) {
                removed.add(line.substring(1));
            } else if (line.startsWith("+")) {
                added.add(line.substring(1));
            } else {
                pair(removed, added, rows);
                String same = line.isEmpty() ? "" : line.substring(1);
                rows.add(new Row(same, same, false));
            }
        }
        pair(removed, added, rows);
        return new SideBySide(List.copyOf(rows));
    }

    private static void pair(List<String> removed, List<String> added, List<Row> rows) {
        for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
            rows.add(new Row(i < removed.size() ? removed.get(i) : null, i < added.size() ? added.get(i) : null, true));
        }
        removed.clear();
        added.clear();
    }
}
