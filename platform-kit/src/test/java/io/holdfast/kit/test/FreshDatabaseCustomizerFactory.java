package io.holdfast.kit.test;

import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives each {@link HoldfastIntegrationTest} class its own application context with a fresh database (dropped when
 * the context closes) and the test token issuer's public key.
 */
public class FreshDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean applies = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(HoldfastIntegrationTest.class);
        return applies ? new FreshDatabase(testClass) : null;
    }

    private static final class FreshDatabase implements ContextCustomizer {
        private final Class<?> testClass;

        FreshDatabase(Class<?> testClass) {
            this.testClass = testClass;
        }

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String database = TestDatabases.create();
            // registered before any bean, so destroyed after all of them: the pool and the consumers are closed by then
            if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry beans) {
                beans.registerDisposableBean("holdfastTestDatabase", () -> TestDatabases.drop(database));
            }
            TestPropertyValues.of(TestTokens.properties()).and(
                    "holdfast.database.name=" + database,
                    "holdfast.database.host=" + TestDatabases.host(),
                    "holdfast.database.port=" + TestDatabases.port(),
                    "spring.datasource.hikari.maximum-pool-size=4",
                    "spring.datasource.hikari.minimum-idle=1",
                    "holdfast.kafka.retry.initial-interval=100ms",
                    "holdfast.kafka.retry.max-interval=200ms",
                    "holdfast.kafka.retry.max-attempts=3",
                    "holdfast.outbox.poll-interval=200ms",
                    "holdfast.security.deny-list-refresh=1s")
                    .applyTo(context);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FreshDatabase other && other.testClass == testClass;
        }

        @Override
        public int hashCode() {
            return Objects.hash(testClass);
        }
    }
}
