package io.holdfast.finance.billingchange;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.holdfast.contracts.finance.BillingDetailsChangeRequested;
import io.holdfast.contracts.finance.BillingDetailsChanged;
import io.holdfast.finance.account.BillingAccount;
import io.holdfast.finance.account.BillingAccounts;
import io.holdfast.finance.account.BillingContactRule;
import io.holdfast.finance.company.CompanyClock;
import io.holdfast.finance.company.CompanySettings;
import io.holdfast.finance.departure.BillingFreezes;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Four-eyes changes of billing details: request, then approval or rejection by another finance person. Both the
 * request and the change in force are announced to the client's billing contact (through notification-service),
 * so a change nobody at the client asked for gets noticed. Refused while a departure freeze covers the client.
 */
@Service
class BillingChangeService {

    private final BillingChanges changes;
    private final BillingAccounts accounts;
    private final BillingFreezes freezes;
    private final CompanySettings company;
    private final CompanyClock clock;
    private final Outbox outbox;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    BillingChangeService(BillingChanges changes, BillingAccounts accounts, BillingFreezes freezes,
            CompanySettings company, CompanyClock clock, Outbox outbox, AuditLog audit, TransactionTemplate tx) {
        this.tx = tx;
        this.changes = changes;
        this.accounts = accounts;
        this.freezes = freezes;
        this.company = company;
        this.clock = clock;
        this.outbox = outbox;
        this.audit = audit;
    }

    record ChangeRequest(String clientId, String billingContactName, String billingContactEmail, String language,
            String reason) {
    }

    /** Refusals commit their audit record on their own; the change itself runs in one transaction. */
    BillingChange request(Actor actor, ChangeRequest body) {
        refuseIfFrozen(actor, body.clientId(), "billing-change.request-refused", body.clientId());
        return tx.execute(status -> requestInTransaction(actor, body));
    }

    private BillingChange requestInTransaction(Actor actor, ChangeRequest body) {
        BillingAccount account = accounts.lock(body.clientId())
                .orElseThrow(() -> new BadRequestException("clientId", "has no billing account"));
        refuseIfFrozen(actor, body.clientId(), null, null);
        BillingContactRule.refusal(body.billingContactEmail(), company.emailDomain(), accounts.contactEmails(body.clientId()))
                .ifPresent(reason -> {
                    throw new BadRequestException("billingContactEmail", reason);
                });
        if (changes.pendingFor(body.clientId())) {
            throw new ConflictException("CHANGE_ALREADY_PENDING",
                    "A billing-detail change for this client is already waiting for a decision");
        }
        String language = body.language() == null ? account.language() : body.language();
        BillingChange change = new BillingChange(UUID.randomUUID(), body.clientId(), "PENDING", actor.userId(),
                actor.username(), Instant.now(), body.reason(), body.billingContactName(),
                body.billingContactEmail().trim(), language, account.billingContactName(),
                account.billingContactEmail(), null, null, null, null);
        changes.insert(change);
        outbox.publish(new BillingDetailsChangeRequested(body.clientId(), accounts.nextEventVersion(body.clientId()),
                change.id().toString(), actor.userId(), summary(change), change.billingContactName(),
                change.billingContactEmail(), language, Instant.now()));
        audit.record("billing-change.requested", "billing-change", change.id(), Map.of("clientId", body.clientId(),
                "to", change.billingContactEmail(), "from", String.valueOf(account.billingContactEmail())));
        return changes.find(change.id()).orElseThrow();
    }

    BillingChange approve(Actor actor, UUID id, String note) {
        BillingChange found = decidable(actor, id, "approve");
        refuseIfFrozen(actor, found.clientId(), "billing-change.approval-refused", id);
        return tx.execute(status -> approveInTransaction(actor, id, note));
    }

    private BillingChange approveInTransaction(Actor actor, UUID id, String note) {
        BillingChange change = lockedDecidable(actor, id);
        refuseIfFrozen(actor, change.clientId(), null, null);
        accounts.lock(change.clientId()).orElseThrow();
        accounts.changeBillingContact(change.clientId(), change.billingContactName(), change.billingContactEmail(),
                change.language());
        changes.decide(id, "APPROVED", actor.userId(), actor.username(), note);
        outbox.publish(new BillingDetailsChanged(change.clientId(), accounts.nextEventVersion(change.clientId()),
                id.toString(), change.requestedBy(), actor.userId(), summary(change), change.billingContactName(),
                change.billingContactEmail(), change.language(), Instant.now()));
        audit.record("billing-change.approved", "billing-change", id, Map.of("clientId", change.clientId(),
                "requestedBy", change.requestedByName()));
        return changes.find(id).orElseThrow();
    }

    BillingChange reject(Actor actor, UUID id, String note) {
        decidable(actor, id, "reject");
        return tx.execute(status -> rejectInTransaction(actor, id, note));
    }

    private BillingChange rejectInTransaction(Actor actor, UUID id, String note) {
        BillingChange change = lockedDecidable(actor, id);
        changes.decide(id, "REJECTED", actor.userId(), actor.username(), note);
        audit.record("billing-change.rejected", "billing-change", id, Map.of("clientId", change.clientId(),
                "requestedBy", change.requestedByName(), "note", note));
        return changes.find(id).orElseThrow();
    }

    /** Checks four eyes before any transaction, so that a refused decision is itself audited. */
    private BillingChange decidable(Actor actor, UUID id, String decision) {
        BillingChange change = changes.find(id).orElseThrow(() -> new NotFoundException("billing change", id));
        FourEyesPolicy.refuseDecision(change.requestedBy(), actor.userId(), actor.roles(), change.status())
                .ifPresent(r -> {
                    audit.record("billing-change." + decision + "-refused", "billing-change", id,
                            Map.of("code", r.code(), "clientId", change.clientId()));
                    throw new ConflictException(r.code(), r.message());
                });
        return change;
    }

    /** Checks again under the row lock: a concurrent decision may have come first. */
    private BillingChange lockedDecidable(Actor actor, UUID id) {
        BillingChange change = changes.lock(id).orElseThrow(() -> new NotFoundException("billing change", id));
        FourEyesPolicy.refuseDecision(change.requestedBy(), actor.userId(), actor.roles(), change.status())
                .ifPresent(r -> {
                    throw new ConflictException(r.code(), r.message());
                });
        return change;
    }

    private void refuseIfFrozen(Actor actor, String clientId, String auditAction, Object target) {
        freezes.inForce(clientId, clock.today()).ifPresent(f -> {
            String message = "Billing details of this client are frozen until " + f.frozenUntil()
                    + ": its account manager " + (f.managerName() == null ? "" : f.managerName() + " ")
                    + "is leaving (last working day " + f.lastWorkingDay() + ")";
            if (auditAction != null) {
                audit.record(auditAction, "billing-change", target, Map.of("code", "BILLING_FROZEN",
                        "clientId", clientId, "departureId", f.departureId()));
            }
            throw new ConflictException("BILLING_FROZEN", message);
        });
    }

    private static String summary(BillingChange c) {
        return "Billing contact: " + (c.previousContactEmail() == null ? "none" : c.previousContactEmail()) + " → "
                + c.billingContactEmail();
    }
}
