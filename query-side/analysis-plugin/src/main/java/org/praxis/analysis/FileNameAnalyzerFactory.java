package org.praxis.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** {@code praxis_file_name}: the words of a file name at indexing, stemmed ({@link FileNameAnalyzer}). */
@NamedComponent("praxis_file_name")
public class FileNameAnalyzerFactory extends PraxisAnalyzerFactory {

    public FileNameAnalyzerFactory() {
        super(() -> new FileNameAnalyzer(true));
    }
}
