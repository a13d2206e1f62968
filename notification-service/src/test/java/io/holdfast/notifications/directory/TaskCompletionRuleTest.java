package io.holdfast.notifications.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.holdfast.contracts.crm.ClientContactsChanged;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.HandoverPlanned.Task.Kind;
import io.holdfast.contracts.crm.TouchpointRecorded;
import io.holdfast.contracts.finance.BillingDetailsChanged;
import org.junit.jupiter.api.Test;

class TaskCompletionRuleTest {

    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    static TouchpointRecorded touchpoint(TouchpointRecorded.Kind kind, boolean executive) {
        return new TouchpointRecorded("c-1", 3, "t-1", kind, "u-1", NOW, true, executive, NOW);
    }

    @Test
    void anExecutiveCallCompletesTheExecutiveCallTask() {
        assertThat(TaskCompletionRule.completes(touchpoint(TouchpointRecorded.Kind.EXECUTIVE_CALL, true)))
                .contains(Kind.EXECUTIVE_CALL);
    }

    @Test
    void anExecutivesMeetingCountsAsTheExecutiveCallButAManagersMeetingDoesNot() {
        assertThat(TaskCompletionRule.completes(touchpoint(TouchpointRecorded.Kind.MEETING, true)))
                .contains(Kind.EXECUTIVE_CALL);
        assertThat(TaskCompletionRule.completes(touchpoint(TouchpointRecorded.Kind.MEETING, false))).isEmpty();
    }

    @Test
    void anOrdinaryCallCompletesNothing() {
        assertThat(TaskCompletionRule.completes(touchpoint(TouchpointRecorded.Kind.CALL, false))).isEmpty();
    }

    @Test
    void theReassignmentSendsTheIntroductionLetterSoItCompletesThatTask() {
        assertThat(TaskCompletionRule.completes(new ClientReassigned("c-1", 4, "Acme", "a", "b", "s",
                ClientReassigned.Reason.DEPARTURE, "p", "d", NOW))).contains(Kind.INTRODUCTION_LETTER);
        assertThat(TaskCompletionRule.completes(touchpoint(TouchpointRecorded.Kind.LETTER, false)))
                .contains(Kind.INTRODUCTION_LETTER);
    }

    @Test
    void aConfirmedBillingChangeCompletesTheBillingContactConfirmation() {
        assertThat(TaskCompletionRule.completes(new BillingDetailsChanged("c-1", 5, "ch", "f1", "f2", "iban", "Bea",
                "bea@example.com", "en", NOW))).contains(Kind.BILLING_CONTACT_CONFIRMATION);
    }

    @Test
    void anUpdatedContactListCompletesTheContactReview() {
        assertThat(TaskCompletionRule.completes(new ClientContactsChanged("c-1", 6, List.of(), NOW)))
                .contains(Kind.CONTACT_REVIEW);
    }
}
