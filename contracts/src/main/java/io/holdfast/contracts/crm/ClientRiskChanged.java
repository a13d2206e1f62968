package io.holdfast.contracts.crm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.util.List;

/**
 * The client's churn-risk score or band changed. Published on {@link Topics#CRM_CLIENTS} as
 * CloudEvents type {@code io.holdfast.crm.ClientRiskChanged.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param clientName Client name.
 * @param accountManagerUserId Keycloak user id of the account manager.
 * @param score Risk score from 0 (no risk) to 100.
 * @param previousBand Band before the change; null on the first assessment.
 * @param band Current band.
 * @param reasons Human-readable factors behind the score.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record ClientRiskChanged(
        String clientId,
        long aggregateVersion,
        String clientName,
        String accountManagerUserId,
        int score,
        Band previousBand,
        Band band,
        List<String> reasons,
        Instant occurredAt) implements DomainEvent {

    public ClientRiskChanged {
        reasons = reasons == null ? null : List.copyOf(reasons);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }

    /**
     * Risk band derived from the score.
     */
    public enum Band {
        LOW, MEDIUM, HIGH
    }
}
