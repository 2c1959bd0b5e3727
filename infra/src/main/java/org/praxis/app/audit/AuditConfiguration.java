package org.praxis.app.audit;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.praxis.query.audit.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(EventStorageEngine storage) {
        return new AuditTrail(storage);
    }
}
