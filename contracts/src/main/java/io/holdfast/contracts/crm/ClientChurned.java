package io.holdfast.contracts.crm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The client ended the relationship. Published on {@link Topics#CRM_CLIENTS} as CloudEvents type
 * {@code io.holdfast.crm.ClientChurned.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param clientName Client name.
 * @param accountManagerUserId Keycloak user id of the account manager at churn time.
 * @param reason Why the client left.
 * @param competitor Competitor the client moved to, if known. Nullable.
 * @param wentTo Person or firm the client followed (e.g. a former employee), if known. Nullable.
 * @param churnedOn Date the relationship ended.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record ClientChurned(
        String clientId,
        long aggregateVersion,
        String clientName,
        String accountManagerUserId,
        String reason,
        String competitor,
        String wentTo,
        LocalDate churnedOn,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }
}
