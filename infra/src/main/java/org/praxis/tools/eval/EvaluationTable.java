package org.praxis.tools.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The evaluation of several collections as one table: for each collection MAP, nDCG@10, P@10 and
 * recall@100 of Praxis and of the same-run BM25 baseline with their ratio (Praxis / baseline), then the
 * mean of each ratio over the collections (the arithmetic mean, so each collection counts once), then
 * expert search where a collection names authors.
 */
final class EvaluationTable {

    private static final List<Measure> MEASURES = List.of(
            new Measure("MAP", RelevanceMetrics::averagePrecision),
            new Measure("nDCG@10", RelevanceMetrics::ndcgAt10),
            new Measure("P@10", RelevanceMetrics::precisionAt10),
            new Measure("R@100", RelevanceMetrics::recallAt100));

    private record Measure(String name, ToDoubleFunction<RelevanceMetrics> of) {

        double ratio(EvaluationReport report) {
            double baseline = of.applyAsDouble(report.baseline());
            return baseline == 0 ? 0 : of.applyAsDouble(report.praxis()) / baseline;
        }
    }

    private EvaluationTable() {
    }

    static String render(List<EvaluationReport> reports) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-10s %7s %6s", "collection", "queries",
                "docs"));
        MEASURES.forEach(m -> table.append(String.format(Locale.ROOT, " | %-8s %6s %6s %5s", m.name(), "Praxis",
                "BM25", "ratio")));
        table.append('\n');
        for (EvaluationReport report : reports) {
            table.append(String.format(Locale.ROOT, "%-10s %7d %6d", report.collection(), report.judgedQueries(),
                    report.documents()));
            MEASURES.forEach(m -> table.append(String.format(Locale.ROOT, " | %-8s %6.4f %6.4f %5.2f", "",
                    m.of().applyAsDouble(report.praxis()), m.of().applyAsDouble(report.baseline()), m.ratio(report))));
            table.append('\n');
        }
        table.append(String.format(Locale.ROOT, "%-25s", "mean ratio"));
        MEASURES.forEach(m -> table.append(String.format(Locale.ROOT, " | %-8s %6s %6s %5.2f", "", "", "",
                meanRatio(reports, m))));
        table.append('\n');
        if (!reports.isEmpty() && !reports.get(0).ablation().isEmpty()) {
            table.append(ablation(reports));
        }
        for (EvaluationReport report : reports) {
            if (report.expertise().queries() > 0) {
                table.append(report.collection()).append(' ').append(report.expertise().summary()).append('\n');
            }
        }
        return table.toString();
    }

    /** MAP over the same-run baseline's for each ranking variant (rows) and collection (columns), and the mean. */
    private static String ablation(List<EvaluationReport> reports) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%nMAP / BM25 baseline%n%-20s", "ranking"));
        reports.forEach(report -> table.append(String.format(Locale.ROOT, " %10s", report.collection())));
        table.append(String.format(Locale.ROOT, " %10s%n", "mean"));
        for (String variant : reports.get(0).ablation().keySet()) {
            table.append(String.format(Locale.ROOT, "%-20s", variant));
            double sum = 0;
            for (EvaluationReport report : reports) {
                double ratio = report.ablation().get(variant).averagePrecision() / report.baseline().averagePrecision();
                sum += ratio;
                table.append(String.format(Locale.ROOT, " %10.3f", ratio));
            }
            table.append(String.format(Locale.ROOT, " %10.3f%n", sum / reports.size()));
        }
        return table.append('\n').toString();
    }

    /** The mean over the collections of Praxis's MAP over the baseline's. */
    static double meanMapRatio(List<EvaluationReport> reports) {
        return meanRatio(reports, MEASURES.get(0));
    }

    private static double meanRatio(List<EvaluationReport> reports, Measure measure) {
        return reports.stream().mapToDouble(measure::ratio).average().orElse(0);
    }
}
