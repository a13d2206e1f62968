package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee was hired and their user account created. Published on {@link Topics#HR_EMPLOYEES}
 * as CloudEvents type {@code io.holdfast.hr.EmployeeHired.v1}, keyed by {@code employeeId}.
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
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record EmployeeHired(
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
        Instant occurredAt) implements DomainEvent {

    public EmployeeHired {
        roles = roles == null ? null : List.copyOf(roles);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return employeeId;
    }
}
