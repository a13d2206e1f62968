package io.holdfast.hr.departure;

import io.holdfast.contracts.hr.DepartureScheduled;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A departure of an employee, from notice to the last working day. */
public record Departure(
        UUID id,
        UUID employeeId,
        LocalDate noticeDate,
        LocalDate lastWorkingDay,
        DepartureScheduled.Reason reason,
        String recordedBy,
        Status status,
        String cancelReason,
        String cancelledBy,
        Instant completedAt,
        String completedBy,
        LocalDate nonSolicitationEndsOn) {

    /** SCHEDULED: notice given; CANCELLED: withdrawn; COMPLETED: the employee has left. */
    public enum Status {
        SCHEDULED, CANCELLED, COMPLETED
    }
}
