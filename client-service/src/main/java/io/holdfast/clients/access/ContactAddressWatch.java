package io.holdfast.clients.access;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.holdfast.clients.client.ContactAddressAlarm;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.contracts.crm.SuspiciousAccessDetected.ReasonCode;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Records, counts and announces an attempt to point a client's contact at a private address. */
@Component
class ContactAddressWatch implements ContactAddressAlarm {

    private final AccessLog log;
    private final Outbox outbox;
    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;
    private final Counter refusals;

    ContactAddressWatch(AccessLog log, Outbox outbox, AuditLog audit, PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.log = log;
        this.outbox = outbox;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.refusals = Counter.builder("holdfast.clients.access.refused")
                .description("Client-data writes refused and alerted: a contact pointed at a private address")
                .tag("code", ReasonCode.CONTACT_EMAIL_PRIVATE.name()).register(meters);
    }

    @Override
    public void raise(String userId, String username, UUID clientId, String email, String why) {
        Instant now = Instant.now();
        String reason = "tried to set a contact of client " + clientId + " to " + email + " (" + why + ")";
        ownTransaction.executeWithoutResult(s -> {
            audit.record(username, "client.contact-email-refused", "client", clientId,
                    Map.of("code", ReasonCode.CONTACT_EMAIL_PRIVATE.name(), "email", email, "why", why));
            outbox.publish(new SuspiciousAccessDetected(userId, log.nextUserEventVersion(userId), username, 1, now, now,
                    0, 0, reason, now, ReasonCode.CONTACT_EMAIL_PRIVATE));
        });
        refusals.increment();
    }
}
