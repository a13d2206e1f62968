package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee's master data or status changed. Carries the full current state. Published on {@link
 * Topics#HR_EMPLOYEES} as CloudEvents type {@code io.holdfast.hr.EmployeeUpdated.v1}, keyed by
 * {@code employeeId}.
 *
 * @param employeeId hr-service id of the employee (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param userId Keycloak user id (the token's sub) of the employee; identifies the person across
 *        services.
 * @param username Keycloak username.
 * @param fullName Full name.
 * @param workEmail Company e-mail address.
 * @param personalEmail Private e-mail address; used for letters after departure.
 * @param position Job title.
 * @param team Team the employee belongs to.
 * @param lineManagerUserId Keycloak user id of the line manager; null if none.
 * @param roles Application roles granted to the user (Keycloak realm roles).
 * @param language Preferred language of the employee for letters and notifications: en or ru.
 * @param hireDate First working day.
 * @param status ACTIVE, NOTICE_GIVEN (a departure is scheduled) or DEPARTED.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record EmployeeUpdated(
        String employeeId,
        long aggregateVersion,
        String userId,
        String username,
        String fullName,
        String workEmail,
        String personalEmail,
        String position,
        String team,
        String lineManagerUserId,
        List<String> roles,
        String language,
        LocalDate hireDate,
        Status status,
        Instant occurredAt) implements DomainEvent {

    public EmployeeUpdated {
        roles = roles == null ? null : List.copyOf(roles);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return employeeId;
    }

    /**
     * Employment status.
     */
    public enum Status {
        ACTIVE, NOTICE_GIVEN, DEPARTED
    }
}
