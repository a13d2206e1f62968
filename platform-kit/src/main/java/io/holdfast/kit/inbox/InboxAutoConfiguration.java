package io.holdfast.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@AutoConfiguration
public class InboxAutoConfiguration {

    @Bean
    Inbox inbox(JdbcClient jdbc, PlatformTransactionManager tm, ObjectProvider<MeterRegistry> meters) {
        return new Inbox(jdbc, new TransactionTemplate(tm), meters.getIfAvailable());
    }

    @Bean
    AggregateVersions aggregateVersions(JdbcClient jdbc) {
        return new AggregateVersions(jdbc);
    }
}
