package io.holdfast.kit;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the settings every Holdfast service shares (Kafka delivery guarantees, Flyway, actuator, problem
 * details, tracing) as the lowest-precedence property source, so each service's own application.yaml
 * holds only what is really its own and can still override anything here.
 */
public class HoldfastDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "holdfast-defaults.yaml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("holdfast-defaults", new ClassPathResource(RESOURCE, HoldfastDefaults.class.getClassLoader()));
            sources.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + " from platform-kit", e);
        }
    }
}
