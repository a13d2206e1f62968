package io.holdfast.contracts.crm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.Money;
import java.time.Instant;

/**
 * The client's master data changed (name, segment, executive sponsor, revenue, currency or language). Published
 * on {@link Topics#CRM_CLIENTS} as CloudEvents type {@code io.holdfast.crm.ClientUpdated.v1}, keyed by
 * {@code clientId}, so that every projection of the client keeps the sponsor and the name it writes to.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param clientName Client name after the change.
 * @param segment Segment after the change.
 * @param accountManagerUserId Keycloak user id of the account manager (unchanged by this event).
 * @param executiveSponsorUserId Keycloak user id of the executive sponsor after the change; never the account
 *        manager.
 * @param previousExecutiveSponsorUserId Keycloak user id of the sponsor before the change.
 * @param yearlyRevenue Revenue from the client per year, after the change.
 * @param language Language of letters to the client: en or ru.
 * @param changedBy Username of the person who made the change.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record ClientUpdated(
        String clientId,
        long aggregateVersion,
        String clientName,
        String segment,
        String accountManagerUserId,
        String executiveSponsorUserId,
        String previousExecutiveSponsorUserId,
        Money yearlyRevenue,
        String language,
        String changedBy,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }
}
