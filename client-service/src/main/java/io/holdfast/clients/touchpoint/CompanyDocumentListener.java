package io.holdfast.clients.touchpoint;

import java.util.UUID;

import io.holdfast.clients.client.ClientRepository;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.TouchpointRecorded;
import io.holdfast.contracts.notify.CompanyDocumentIssued;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A letter or certificate sent in the company's name is a company-level touch of that client. */
@Component
class CompanyDocumentListener {

    private final Inbox inbox;
    private final ClientRepository clients;
    private final TouchpointRecording recording;

    CompanyDocumentListener(Inbox inbox, ClientRepository clients, TouchpointRecording recording) {
        this.inbox = inbox;
        this.clients = clients;
        this.recording = recording;
    }

    @KafkaListener(id = "client-service.touchpoints", groupId = "${spring.application.name}.touchpoints",
            topics = Topics.NOTIFY_DELIVERIES)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "touchpoints", event -> {
            if (event.payload() instanceof CompanyDocumentIssued doc) {
                UUID clientId;
                try {
                    clientId = UUID.fromString(doc.clientId());
                } catch (IllegalArgumentException e) {
                    return; // not one of our client ids
                }
                clients.find(clientId).ifPresent(client -> recording.record(client,
                        doc.kind() == CompanyDocumentIssued.Kind.PARTNER_CERTIFICATE ? TouchpointRecorded.Kind.CERTIFICATE
                                : TouchpointRecorded.Kind.LETTER,
                        doc.issuedByUserId(), "system", doc.occurredAt(), doc.kind().name(), true, doc.documentId()));
            }
        });
    }
}
