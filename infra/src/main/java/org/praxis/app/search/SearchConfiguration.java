package org.praxis.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.praxis.query.IndexNames;
import org.praxis.query.search.EvidenceSearch;
import org.praxis.query.search.RelatedDocuments;
import org.praxis.query.search.SearchService;
import org.praxis.query.search.TitleSuggestions;
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

    @Bean
    TitleSuggestions titleSuggestions(ElasticsearchClient client, IndexNames names) {
        return new TitleSuggestions(client, names);
    }

    @Bean
    RelatedDocuments relatedDocuments(ElasticsearchClient client, IndexNames names) {
        return new RelatedDocuments(client, names);
    }

    @Bean
    EvidenceSearch evidenceSearch(SearchService search, ElasticsearchClient client, IndexNames names) {
        return new EvidenceSearch(search, client, names);
    }
}
