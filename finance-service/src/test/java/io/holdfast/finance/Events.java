package io.holdfast.finance;

import io.holdfast.kit.test.CloudEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;


import io.holdfast.contracts.DomainEvent;

import io.holdfast.contracts.Money;
import io.holdfast.contracts.crm.ClientContactsChanged;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.contracts.crm.Contact;



import org.springframework.kafka.core.KafkaTemplate;

/** Sends other services' events to Kafka the way their outbox relays do (CloudEvents binary mode). */
public final class Events {

    private Events() {
    }

    public static String send(KafkaTemplate<String, String> kafka, DomainEvent event) {
        return send(kafka, event, UUID.randomUUID().toString());
    }

    public static String send(KafkaTemplate<String, String> kafka, DomainEvent event, String eventId) {
        return CloudEvents.send(kafka, event, eventId);
    }

    public static Contact billingContact(String email) {
        return new Contact(UUID.randomUUID().toString(), "Bill Payer", "CFO", email, "+49 30 1234567", false, true);
    }

    public static Contact contact(String name, String email) {
        return new Contact(UUID.randomUUID().toString(), name, "Buyer", email, null, false, false);
    }

    public static ClientRegistered registered(String clientId, String name, String managerUserId, Contact... contacts) {
        return new ClientRegistered(clientId, 1, name, "TX-" + clientId.substring(0, 8), "ENTERPRISE", "north",
                managerUserId, UUID.randomUUID().toString(), LocalDate.of(2020, 1, 15), Money.of("120000.00", "EUR"),
                "en", List.of(contacts), Instant.now());
    }

    public static ClientContactsChanged contactsChanged(String clientId, long version, Contact... contacts) {
        return new ClientContactsChanged(clientId, version, List.of(contacts), Instant.now());
    }

    public static ClientReassigned reassigned(String clientId, long version, String from, String to) {
        return new ClientReassigned(clientId, version, "Client " + clientId.substring(0, 8), from, to,
                UUID.randomUUID().toString(), ClientReassigned.Reason.MANUAL, null, null, Instant.now());
    }
}
