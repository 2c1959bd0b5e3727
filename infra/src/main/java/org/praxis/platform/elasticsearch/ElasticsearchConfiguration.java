package org.praxis.platform.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.praxis.platform.config.PraxisProperties;
import org.praxis.query.IndexNames;
import org.praxis.query.TextAnalysis;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.util.List;

/**
 * The Elasticsearch client: to the embedded node Praxis runs itself ({@code praxis.elasticsearch.mode=embedded},
 * the default) or to the cluster at {@code praxis.elasticsearch.uris} ({@code mode=external}).
 */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "praxis.elasticsearch.mode", havingValue = "embedded", matchIfMissing = true)
    LocalElasticsearchNode localElasticsearchNode(PraxisProperties properties) throws IOException {
        PraxisProperties.Elasticsearch settings = properties.elasticsearch();
        return LocalElasticsearchNode.start(properties.dataDir(), settings.version(), settings.port(), settings.heap(),
                settings.startTimeout());
    }

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(PraxisProperties properties, ObjectProvider<LocalElasticsearchNode> node) {
        List<String> uris = node.getIfAvailable() != null
                ? List.of(node.getIfAvailable().uri().toString())
                : properties.elasticsearch().uris();
        if (uris.isEmpty()) {
            throw new IllegalStateException("praxis.elasticsearch.mode=external needs praxis.elasticsearch.uris, "
                    + "e.g. http://localhost:9200");
        }
        return RestClient.builder(uris.stream().map(HttpHost::create).toArray(HttpHost[]::new)).build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(json)));
    }

    @Bean
    TextAnalysis textAnalysis(ElasticsearchClient client) {
        return new TextAnalysis(client);
    }

    @Bean
    IndexNames indexNames(PraxisProperties properties) {
        return new IndexNames(properties.elasticsearch().indexPrefix());
    }
}
