package io.holdfast.contracts.crm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;

import java.time.Instant;
import java.util.List;

/**
 * The client's contact list changed. Carries the full new list. Published on {@link
 * Topics#CRM_CLIENTS} as CloudEvents type {@code io.holdfast.crm.ClientContactsChanged.v1}, keyed
 * by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param contacts The complete, current list of contacts.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record ClientContactsChanged(
        String clientId,
        long aggregateVersion,
        List<Contact> contacts,
        Instant occurredAt) implements DomainEvent {

    public ClientContactsChanged {
        contacts = contacts == null ? null : List.copyOf(contacts);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }
}
