package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A departure was recorded (notice given or dismissal). Emitted again with the same departureId
 * when the last working day changes. Published on {@link Topics#HR_EMPLOYEES} as CloudEvents type
 * {@code io.holdfast.hr.DepartureScheduled.v1}, keyed by {@code employeeId}.
 *
 * @param employeeId hr-service id of the employee (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param departureId Departure id.
 * @param userId Keycloak user id of the employee.
 * @param username Keycloak username.
 * @param fullName Full name.
 * @param team Team of the employee.
 * @param lineManagerUserId Keycloak user id of the line manager; null if none.
 * @param noticeDate Date notice was given.
 * @param lastWorkingDay Last working day.
 * @param reason Why the employee leaves.
 * @param recordedBy Keycloak user id of the person who recorded the departure.
 * @param nonSolicitationMonths Months of the non-solicitation clause in force; null if the
 *        employee has no signed contract.
 * @param nonSolicitationEndsOn Last day of the non-solicitation window; null if the employee has
 *        no signed contract.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record DepartureScheduled(
        String employeeId,
        long aggregateVersion,
        String departureId,
        String userId,
        String username,
        String fullName,
        String team,
        String lineManagerUserId,
        LocalDate noticeDate,
        LocalDate lastWorkingDay,
        Reason reason,
        String recordedBy,
        Integer nonSolicitationMonths,
        LocalDate nonSolicitationEndsOn,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return employeeId;
    }

    /**
     * Why the employee leaves.
     */
    public enum Reason {
        RESIGNATION, DISMISSAL, END_OF_CONTRACT, OTHER
    }
}
