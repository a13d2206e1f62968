package io.holdfast.hr.watch;

import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.ClientChurned;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.kit.inbox.AggregateVersions;
import io.holdfast.kit.inbox.Inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One listener for the client stream, so registrations, reassignments and churn of a client are applied in their
 * order: the handling periods are known before a churn is judged against them.
 */
@Component
class ClientEventsListener {

    private static final String STREAM = "crm.clients.handling";

    private final Inbox inbox;
    private final AggregateVersions versions;
    private final WatchService watches;

    ClientEventsListener(Inbox inbox, AggregateVersions versions, WatchService watches) {
        this.inbox = inbox;
        this.versions = versions;
        this.watches = watches;
    }

    @KafkaListener(id = "hr-service.non-solicitation", groupId = "${spring.application.name}.non-solicitation",
            topics = Topics.CRM_CLIENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "non-solicitation", event -> {
            switch (event.payload()) {
                case ClientRegistered registered -> {
                    if (versions.advance(STREAM, registered.clientId(), registered.aggregateVersion())) {
                        watches.clientRegistered(UUID.fromString(registered.clientId()), registered.name(),
                                uuid(registered.accountManagerUserId()), day(registered.occurredAt()));
                    }
                }
                case ClientReassigned reassigned -> {
                    if (versions.advance(STREAM, reassigned.clientId(), reassigned.aggregateVersion())) {
                        watches.clientReassigned(UUID.fromString(reassigned.clientId()), reassigned.clientName(),
                                uuid(reassigned.toUserId()), day(reassigned.occurredAt()));
                    }
                }
                // a churn is a fact whatever its version: it is judged against the watches, never dropped as stale
                case ClientChurned churned -> watches.clientChurned(churned);
                default -> { }
            }
        });
    }

    private static UUID uuid(String s) {
        return s == null ? null : UUID.fromString(s);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at == null ? Instant.now() : at, ZoneOffset.UTC);
    }
}
