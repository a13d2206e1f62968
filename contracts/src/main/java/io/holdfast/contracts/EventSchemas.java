package io.holdfast.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.ClasspathResourceLoader;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates event payloads against the JSON Schemas of the contract. Producers' tests call
 * {@link #validate(EventDescriptor, String)} to prove that what they publish matches the contract.
 *
 * <p>Schemas are read from the classpath ({@code schemas/...}) once and cached; their {@code $id}s
 * ({@code https://holdfast.io/schemas/...}) and relative {@code $ref}s are mapped to the classpath,
 * nothing is fetched over the network. Formats (uuid, date, date-time, email) are asserted.
 */
public final class EventSchemas {

    /** Base of every schema {@code $id}; mapped to {@code classpath:schemas/}. */
    public static final String SCHEMA_ID_BASE = "https://holdfast.io/schemas/";

    private static final String CLASSPATH_BASE = "classpath:schemas/";
    private static final String RESOURCE_PREFIX = "schemas/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build())
                    .schemaLoader(loader -> loader
                            .fetchRemoteResources(false)
                            .schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_ID_BASE, CLASSPATH_BASE))
                            .resourceLoaders(resources -> resources.values(list -> list.add(0,
                                    new ClasspathResourceLoader(EventSchemas.class::getClassLoader))))));

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * Validates a JSON payload against the event's schema.
     *
     * @return human-readable errors, each naming the offending location; empty if the payload is valid
     */
    public static List<String> validate(EventDescriptor descriptor, String json) {
        Objects.requireNonNull(descriptor, "descriptor");
        if (json == null || json.isBlank()) {
            return List.of(descriptor.name() + ": payload is empty");
        }
        Schema schema = schema(descriptor);
        List<Error> errors;
        try {
            errors = schema.validate(json, InputFormat.JSON);
        } catch (RuntimeException e) {
            return List.of(descriptor.name() + ": payload is not valid JSON: " + e.getMessage());
        }
        return errors.stream().map(error -> describe(descriptor, error)).toList();
    }

    /** Validates a payload against the schema of the given event class. */
    public static List<String> validate(Class<? extends DomainEvent> eventType, String json) {
        return validate(EventCatalog.of(eventType), json);
    }

    private static String describe(EventDescriptor descriptor, Error error) {
        String location = String.valueOf(error.getInstanceLocation());
        if (location.isEmpty() || location.equals("$")) {
            location = "/";
        }
        return descriptor.name() + " " + location + ": " + error.getMessage();
    }

    private static Schema schema(EventDescriptor descriptor) {
        return CACHE.computeIfAbsent(descriptor.schemaResource(), EventSchemas::load);
    }

    private static Schema load(String resource) {
        if (!resource.startsWith(RESOURCE_PREFIX)) {
            throw new IllegalArgumentException("Schema resource must be under " + RESOURCE_PREFIX + ": " + resource);
        }
        if (EventSchemas.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalStateException("Schema not found on the classpath: " + resource);
        }
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID_BASE + resource.substring(RESOURCE_PREFIX.length())));
        schema.initializeValidators();
        return schema;
    }
}
