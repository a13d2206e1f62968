package io.holdfast.kit.db;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Each service owns its database: it is created when missing (local and test runs), and the kit's own
 * tables (outbox, processed events, dead letters, deny-list, audit) are migrated with their own history
 * table before the service's migrations, so the two version sequences never collide.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
public class DatabaseAutoConfiguration {

    static final String KIT_HISTORY_TABLE = "kit_schema_history";

    @Bean
    @ConditionalOnProperty(name = "holdfast.database.create-if-missing", havingValue = "true", matchIfMissing = true)
    static DatabaseCreator holdfastDatabaseCreator(Environment environment) {
        return new DatabaseCreator(environment);
    }

    @Bean
    FlywayMigrationStrategy holdfastMigrationStrategy() {
        return flyway -> {
            Flyway.configure()
                    .dataSource(flyway.getConfiguration().getDataSource())
                    .locations("classpath:db/kit")
                    .table(KIT_HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            flyway.migrate();
        };
    }
}
