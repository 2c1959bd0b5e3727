package org.praxis.app.expertise;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.praxis.query.IndexNames;
import org.praxis.query.expertise.ExpertSearch;
import org.praxis.query.expertise.KnownFromDocuments;
import org.praxis.query.search.EvidenceSearch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ExpertiseConfiguration {

    @Bean
    ExpertSearch expertSearch(EvidenceSearch search, ElasticsearchClient client, IndexNames names, Clock clock) {
        return new ExpertSearch(search, client, names, clock);
    }

    @Bean
    KnownFromDocuments knownFromDocuments(ElasticsearchClient client, IndexNames names) {
        return new KnownFromDocuments(client, names);
    }
}
