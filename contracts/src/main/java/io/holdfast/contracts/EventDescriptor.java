package io.holdfast.contracts;

import java.util.Objects;

/**
 * What the platform knows about one event type.
 *
 * @param name           simple event name, e.g. {@code EmployeeHired}
 * @param topic          Kafka topic it is published on
 * @param type           CloudEvents type, {@code io.holdfast.<domain>.<EventName>.v1}
 * @param payloadType    the record class of the payload
 * @param schemaResource classpath path of its JSON Schema, e.g. {@code schemas/hr/EmployeeHired.schema.json}
 */
public record EventDescriptor(
        String name,
        String topic,
        String type,
        Class<? extends DomainEvent> payloadType,
        String schemaResource) {

    public EventDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(schemaResource, "schemaResource");
    }
}
