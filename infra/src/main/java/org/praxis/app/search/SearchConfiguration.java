package org.praxis.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.praxis.query.IndexNames;
import org.praxis.query.search.SearchService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    SearchService searchService(ElasticsearchClient client, IndexNames names) {
        return new SearchService(client, names);
    }
}
