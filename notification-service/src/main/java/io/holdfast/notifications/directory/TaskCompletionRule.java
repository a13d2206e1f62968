package io.holdfast.notifications.directory;

import java.util.Optional;

import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.crm.ClientContactsChanged;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.HandoverPlanned.Task.Kind;
import io.holdfast.contracts.crm.TouchpointRecorded;
import io.holdfast.contracts.finance.BillingDetailsChanged;
import io.holdfast.contracts.finance.BillingStatementIssued;

/**
 * Which event shows that a handover task on a client is done, so it leaves the digest:
 * <ul>
 * <li>EXECUTIVE_CALL — an executive call, or an executive's meeting, recorded as a touchpoint;</li>
 * <li>INTRODUCTION_LETTER — the client was reassigned (this service then sends the letter), or a letter was recorded;</li>
 * <li>BILLING_CONTACT_CONFIRMATION — finance sent the billing contact a statement or a change confirmation;</li>
 * <li>CONTACT_REVIEW — the client's contact list was updated.</li>
 * </ul>
 */
public final class TaskCompletionRule {

    private TaskCompletionRule() {
    }

    public static Optional<Kind> completes(DomainEvent event) {
        return switch (event) {
            case TouchpointRecorded t when t.kind() == TouchpointRecorded.Kind.EXECUTIVE_CALL
                    || (t.kind() == TouchpointRecorded.Kind.MEETING && t.executive()) -> Optional.of(Kind.EXECUTIVE_CALL);
            case TouchpointRecorded t when t.kind() == TouchpointRecorded.Kind.LETTER ->
                    Optional.of(Kind.INTRODUCTION_LETTER);
            case ClientReassigned r -> Optional.of(Kind.INTRODUCTION_LETTER);
            case BillingStatementIssued s -> Optional.of(Kind.BILLING_CONTACT_CONFIRMATION);
            case BillingDetailsChanged c -> Optional.of(Kind.BILLING_CONTACT_CONFIRMATION);
            case ClientContactsChanged c -> Optional.of(Kind.CONTACT_REVIEW);
            default -> Optional.empty();
        };
    }
}
