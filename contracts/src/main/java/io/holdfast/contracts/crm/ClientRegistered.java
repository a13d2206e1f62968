package io.holdfast.contracts.crm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Money;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client was registered in client-service. Published on {@link Topics#CRM_CLIENTS} as
 * CloudEvents type {@code io.holdfast.crm.ClientRegistered.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param name Legal name.
 * @param taxId Tax identification number.
 * @param segment Commercial segment, e.g. ENTERPRISE or SMB.
 * @param team Team that serves the client.
 * @param accountManagerUserId Keycloak user id of the account manager.
 * @param executiveSponsorUserId Keycloak user id of the executive sponsor.
 * @param clientSince Start of the business relationship.
 * @param yearlyRevenue Revenue from the client per year.
 * @param language Preferred language of the client for letters and notifications: en or ru.
 * @param contacts People at the client.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record ClientRegistered(
        String clientId,
        long aggregateVersion,
        String name,
        String taxId,
        String segment,
        String team,
        String accountManagerUserId,
        String executiveSponsorUserId,
        LocalDate clientSince,
        Money yearlyRevenue,
        String language,
        List<Contact> contacts,
        Instant occurredAt) implements DomainEvent {

    public ClientRegistered {
        contacts = contacts == null ? null : List.copyOf(contacts);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }
}
