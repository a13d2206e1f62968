package io.holdfast.contracts.crm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;

/**
 * A contact with the client was recorded. Published on {@link Topics#CRM_CLIENTS} as CloudEvents
 * type {@code io.holdfast.crm.TouchpointRecorded.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param touchpointId Touchpoint id.
 * @param kind Kind of contact.
 * @param byUserId Keycloak user id of the person who made the contact.
 * @param at When the contact happened.
 * @param companyLevel True if the contact came from the company rather than from one person
 *        (letters, certificates).
 * @param executive True if an executive took part.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record TouchpointRecorded(
        String clientId,
        long aggregateVersion,
        String touchpointId,
        Kind kind,
        String byUserId,
        Instant at,
        boolean companyLevel,
        boolean executive,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }

    /**
     * Kind of contact with the client.
     */
    public enum Kind {
        CALL, MEETING, EMAIL, LETTER, CERTIFICATE, GIFT, EXECUTIVE_CALL, FEEDBACK_REQUEST
    }
}
