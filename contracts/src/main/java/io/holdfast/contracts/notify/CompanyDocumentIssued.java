package io.holdfast.contracts.notify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;

/**
 * A company-level document (thank-you letter, partner certificate, introduction letter) was sent
 * to a client. Keyed by clientId so it is ordered with the client's other events; client-service
 * records it as a company-level touchpoint. Published on {@link Topics#NOTIFY_DELIVERIES} as
 * CloudEvents type {@code io.holdfast.notify.CompanyDocumentIssued.v1}, keyed by {@code clientId}.
 *
 * @param documentId Document id.
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param clientId client-service id of the client (the Kafka key).
 * @param kind Kind of document.
 * @param issuedByUserId Keycloak user id of the person on whose behalf it was sent.
 * @param language Preferred language of the client for letters and notifications: en or ru.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record CompanyDocumentIssued(
        String documentId,
        long aggregateVersion,
        String clientId,
        Kind kind,
        String issuedByUserId,
        String language,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }

    /**
     * Kind of document.
     */
    public enum Kind {
        THANK_YOU_LETTER, PARTNER_CERTIFICATE, INTRODUCTION_LETTER
    }
}
