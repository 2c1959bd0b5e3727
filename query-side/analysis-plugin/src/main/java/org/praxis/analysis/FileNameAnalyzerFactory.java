package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code praxis_file_name}: the words of a file name at indexing, stemmed ({@link FileNameAnalyzer}). */
@NamedComponent("praxis_file_name")
public class FileNameAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new FileNameAnalyzer(true);
    }
}
