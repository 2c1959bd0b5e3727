package org.praxis.app.gap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.praxis.platform.processing.DeadLetterParking;
import org.praxis.query.IndexNames;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.TextAnalysis;
import org.praxis.query.gap.GapEntry;
import org.praxis.query.gap.GapProjection;
import org.praxis.query.gap.GapQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GapConfiguration {

    @Bean(initMethod = "ensureExists")
    ProjectionIndex<GapEntry> gapIndex(ElasticsearchClient client, IndexNames names, TextAnalysis analysis,
                                      DeadLetterParking parking) {
        return new ProjectionIndex<>(client, names, analysis, IndexNames.GAPS, GapEntry.class,
                "/org/praxis/query/gap/gaps-index.json", parking.forGroup(GapProjection.PROCESSING_GROUP));
    }

    @Bean
    GapProjection gapProjection(ProjectionIndex<GapEntry> index) {
        return new GapProjection(index);
    }

    @Bean
    GapQueries gapQueries(ElasticsearchClient client, IndexNames names, ProjectionIndex<GapEntry> index) {
        return new GapQueries(client, names, index);
    }
}
