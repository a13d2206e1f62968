package io.holdfast.kit.audit;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

@AutoConfiguration
public class AuditAutoConfiguration {

    @Bean
    AuditLog auditLog(JdbcClient jdbc, ObjectProvider<Tracer> tracer) {
        return new AuditLog(jdbc, tracer);
    }

    @Bean
    AuditController auditController(AuditLog audit) {
        return new AuditController(audit);
    }
}
