package org.praxis.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.praxis.platform.processing.DeadLetterParking;
import org.praxis.query.IndexNames;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.TextAnalysis;
import org.praxis.query.document.ExtractedTextSource;
import org.praxis.query.semantic.PassageChanges;
import org.praxis.query.semantic.PassageEntry;
import org.praxis.query.semantic.PassageProjection;
import org.praxis.query.semantic.SemanticRanking;
import org.praxis.query.semantic.SentenceEmbeddings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ranking by meaning (ADR 13), on unless {@code praxis.search.semantic=false}: the sentence-embedding
 * model, the {@code passages} index and its processor, and the re-ranking the search service uses.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "praxis.search.semantic", havingValue = "true", matchIfMissing = true)
class SemanticConfiguration {

    @Bean
    SentenceEmbeddings sentenceEmbeddings() {
        return new SentenceEmbeddings();
    }

    @Bean(initMethod = "ensureExists")
    ProjectionIndex<PassageEntry> passageIndex(ElasticsearchClient client, IndexNames names, TextAnalysis analysis,
                                               DeadLetterParking parking) {
        return new ProjectionIndex<>(client, names, analysis, IndexNames.PASSAGES, PassageEntry.class,
                "/org/praxis/query/semantic/passages-index.json", parking.forGroup(PassageProjection.PROCESSING_GROUP));
    }

    @Bean
    PassageProjection passageProjection(ProjectionIndex<PassageEntry> index, SentenceEmbeddings embeddings,
                                        ExtractedTextSource texts) {
        return new PassageProjection(index, new PassageChanges(embeddings, texts));
    }

    @Bean
    SemanticRanking semanticRanking(ElasticsearchClient client, SentenceEmbeddings embeddings,
                                    ProjectionIndex<PassageEntry> index) {
        return new SemanticRanking(client, embeddings, index.alias());
    }
}
