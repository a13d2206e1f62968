package io.holdfast.clients.handover;

import java.time.LocalDate;
import java.util.List;

import io.holdfast.contracts.crm.HandoverPlanned.Task;
import io.holdfast.contracts.crm.HandoverPlanned.Task.Kind;

/**
 * The dated steps of a handover. The sponsor calls first (the client hears it from the company, not from the
 * leaver), then the successor confirms the billing contact, introduces themselves in writing and reviews the
 * contacts while the leaver is still there to answer questions. No step is due after the last working day, and
 * none before the day the plan is made.
 */
public final class HandoverTaskPolicy {

    static final int EXECUTIVE_CALL_DAYS = 3;
    static final int BILLING_CONFIRMATION_DAYS = 5;
    static final int INTRODUCTION_LETTER_DAYS = 7;
    static final int CONTACT_REVIEW_DAYS = 10;

    private HandoverTaskPolicy() {
    }

    public static List<Task> tasks(LocalDate plannedOn, LocalDate lastWorkingDay, String sponsorUserId,
            String successorUserId) {
        return List.of(
                new Task(Kind.EXECUTIVE_CALL, due(plannedOn, EXECUTIVE_CALL_DAYS, lastWorkingDay), sponsorUserId),
                new Task(Kind.BILLING_CONTACT_CONFIRMATION, due(plannedOn, BILLING_CONFIRMATION_DAYS, lastWorkingDay),
                        successorUserId),
                new Task(Kind.INTRODUCTION_LETTER, due(plannedOn, INTRODUCTION_LETTER_DAYS, lastWorkingDay),
                        successorUserId),
                new Task(Kind.CONTACT_REVIEW, due(plannedOn, CONTACT_REVIEW_DAYS, lastWorkingDay), successorUserId));
    }

    static LocalDate due(LocalDate plannedOn, int days, LocalDate lastWorkingDay) {
        LocalDate due = plannedOn.plusDays(days);
        if (lastWorkingDay != null && due.isAfter(lastWorkingDay)) {
            due = lastWorkingDay.isBefore(plannedOn) ? plannedOn : lastWorkingDay;
        }
        return due;
    }
}
