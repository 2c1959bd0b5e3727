package org.praxis.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.praxis.query.IndexNames;
import org.praxis.query.search.SearchService;
import org.praxis.query.semantic.SemanticRanking;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Ranks by words and meaning, or by words alone when semantic search is switched off. */
    @Bean
    SearchService searchService(ElasticsearchClient client, IndexNames names, ObjectProvider<SemanticRanking> semantic) {
        return new SearchService(client, names, semantic.getIfAvailable());
    }
}
