package org.praxis.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** {@code praxis_file_name_exact}: the words of a file name at indexing, as written ({@link FileNameAnalyzer}). */
@NamedComponent("praxis_file_name_exact")
public class FileNameExactAnalyzerFactory extends PraxisAnalyzerFactory {

    public FileNameExactAnalyzerFactory() {
        super(() -> new FileNameAnalyzer(false));
    }
}
