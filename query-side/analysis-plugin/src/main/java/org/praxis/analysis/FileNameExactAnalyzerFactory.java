package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code praxis_file_name_exact}: the words of a file name at indexing, as written ({@link FileNameAnalyzer}). */
@NamedComponent("praxis_file_name_exact")
public class FileNameExactAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new FileNameAnalyzer(false);
    }
}
