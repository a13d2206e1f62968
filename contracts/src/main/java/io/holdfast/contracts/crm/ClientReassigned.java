package io.holdfast.contracts.crm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;

/**
 * The client got a new account manager. Published on {@link Topics#CRM_CLIENTS} as CloudEvents
 * type {@code io.holdfast.crm.ClientReassigned.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param clientName Client name.
 * @param fromUserId Keycloak user id of the previous account manager.
 * @param toUserId Keycloak user id of the new account manager.
 * @param executiveSponsorUserId Keycloak user id of the executive sponsor.
 * @param reason DEPARTURE or MANUAL.
 * @param planId Handover plan, when reason is DEPARTURE; otherwise null.
 * @param departureId hr-service departure, when reason is DEPARTURE; otherwise null.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record ClientReassigned(
        String clientId,
        long aggregateVersion,
        String clientName,
        String fromUserId,
        String toUserId,
        String executiveSponsorUserId,
        Reason reason,
        String planId,
        String departureId,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }

    /**
     * DEPARTURE: part of a departure handover; MANUAL: reassigned by a manager.
     */
    public enum Reason {
        DEPARTURE, MANUAL
    }
}
