package io.holdfast.clients.touchpoint;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.holdfast.clients.client.Client;
import io.holdfast.clients.client.ClientRepository;
import io.holdfast.contracts.crm.TouchpointRecorded;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a touchpoint and announces it; the executive flag comes from who made it and how. */
@Service
class TouchpointRecording {

    private final Touchpoints touchpoints;
    private final ClientRepository clients;
    private final Outbox outbox;
    private final AuditLog audit;

    TouchpointRecording(Touchpoints touchpoints, ClientRepository clients, Outbox outbox, AuditLog audit) {
        this.touchpoints = touchpoints;
        this.clients = clients;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public Touchpoints.Touchpoint record(Client client, TouchpointRecorded.Kind kind, String byUserId, String byUsername,
            Instant at, String notes, boolean companyLevel, String documentId) {
        // an executive call is the executive touch by definition; anything the sponsor does in person counts as well
        boolean executive = kind == TouchpointRecorded.Kind.EXECUTIVE_CALL
                || byUserId.equals(client.executiveSponsorUserId());
        Touchpoints.Touchpoint t = new Touchpoints.Touchpoint(UUID.randomUUID(), client.id(), kind.name(), byUserId, at,
                notes, companyLevel, executive);
        if (!touchpoints.insert(t, documentId)) {
            return null;
        }
        outbox.publish(new TouchpointRecorded(client.id().toString(), clients.nextVersion(client.id()), t.id().toString(),
                kind, byUserId, at, companyLevel, executive, Instant.now()));
        audit.record(byUsername, "touchpoint.recorded", "client", client.id(), Map.of("touchpointId", t.id(),
                "kind", kind.name(), "companyLevel", companyLevel));
        return t;
    }
}
