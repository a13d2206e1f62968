package io.holdfast.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A domain event published to Kafka. Every event record in {@code io.holdfast.contracts.*}
 * implements it and is listed in {@link EventCatalog}.
 */
public interface DomainEvent {

    /**
     * Id of the aggregate the event belongs to: the Kafka key and the CloudEvents subject. Derived
     * from a record component, so it is not serialised on its own.
     */
    @JsonIgnore
    String aggregateId();

    /**
     * Version of the aggregate after this change; a consumer drops an event whose version is not
     * higher than the one it has already applied. Serialised as the {@code aggregateVersion} field.
     */
    long aggregateVersion();
}
