package io.holdfast.hr.employee;

import io.holdfast.contracts.hr.EmployeeHired;
import io.holdfast.contracts.hr.EmployeeUpdated;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EmployeeService {

    /** Master data of an employee, as hr enters it; the same body creates and (with PUT) replaces. */
    public record EmployeeData(
            @NotNull UUID userId,
            @NotBlank @Size(max = 100) String username,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Email @Size(max = 200) String workEmail,
            @NotBlank @Email @Size(max = 200) String personalEmail,
            @NotBlank @Size(max = 200) String position,
            @NotBlank @Size(max = 100) String team,
            UUID lineManagerUserId,
            @Size(max = 20) List<@NotBlank @Size(max = 50) @Pattern(regexp = "[a-z-]+") String> roles,
            @Pattern(regexp = "en|ru", message = "must be en or ru") String language,
            @NotNull LocalDate hireDate) {
    }

    private final EmployeeRepository employees;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    EmployeeService(EmployeeRepository employees, Outbox outbox, AuditLog audit, Clock clock) {
        this.employees = employees;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Employee hire(EmployeeData data) {
        UUID id = UUID.randomUUID();
        if (employees.userOrUsernameTaken(data.userId(), data.username(), id)) {
            throw new ConflictException("employee-exists",
                    "An employee with this Keycloak user id or username already exists");
        }
        Employee e = new Employee(id, data.userId(), data.username(), data.fullName(), data.workEmail(),
                data.personalEmail(), data.position(), data.team(), data.lineManagerUserId(), data.roles(),
                data.language() == null ? "en" : data.language(), data.hireDate(), Employee.Status.ACTIVE, 1);
        employees.insert(e);
        outbox.publish(new EmployeeHired(id.toString(), e.version(), e.userId().toString(), e.username(),
                e.fullName(), e.workEmail(), e.personalEmail(), e.position(), e.team(), str(e.lineManagerUserId()),
                e.roles(), e.language(), e.hireDate(), Instant.now(clock)));
        audit.record("employee.hired", "employee", id, Map.of("username", e.username(), "team", e.team()));
        return e;
    }

    @Transactional
    public Employee update(UUID id, EmployeeData data) {
        Employee current = employees.lock(id).orElseThrow(() -> new NotFoundException("employee", id));
        if (!current.userId().equals(data.userId())) {
            throw new ConflictException("user-id-immutable",
                    "The Keycloak user id of an employee cannot change (was " + current.userId() + ")");
        }
        if (employees.userOrUsernameTaken(data.userId(), data.username(), id)) {
            throw new ConflictException("employee-exists", "Another employee already has this username");
        }
        Employee changed = new Employee(id, current.userId(), data.username(), data.fullName(), data.workEmail(),
                data.personalEmail(), data.position(), data.team(), data.lineManagerUserId(), data.roles(),
                data.language() == null ? current.language() : data.language(), data.hireDate(), current.status(),
                current.version());
        employees.updateMasterData(changed);
        long version = employees.nextVersion(id);
        outbox.publish(new EmployeeUpdated(id.toString(), version, changed.userId().toString(), changed.username(),
                changed.fullName(), changed.workEmail(), changed.personalEmail(), changed.position(), changed.team(),
                str(changed.lineManagerUserId()), changed.roles(), changed.language(), changed.hireDate(),
                EmployeeUpdated.Status.valueOf(changed.status().name()), Instant.now(clock)));
        audit.record("employee.updated", "employee", id, Map.of("username", changed.username(), "team",
                changed.team()));
        return employees.find(id).orElseThrow();
    }

    /** owner and hr see everyone; anyone else only their own record (others get 404, not 403). */
    public Employee visibleTo(UUID id, Actor actor) {
        return visibleTo(id, actor, "owner", "hr");
    }

    /** The employee if the actor has one of {@code rolesSeeingAll} or is that employee; 404 otherwise. */
    public Employee visibleTo(UUID id, Actor actor, String... rolesSeeingAll) {
        Employee e = employees.find(id).orElseThrow(() -> new NotFoundException("employee", id));
        if (actor.hasAnyRole(rolesSeeingAll) || e.userId().toString().equals(actor.userId())) {
            return e;
        }
        throw new NotFoundException("employee", id);
    }

    public Employee me(Actor actor) {
        UUID userId;
        try {
            userId = UUID.fromString(actor.userId());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("employee for user", actor.userId());
        }
        return employees.findByUserId(userId).orElseThrow(() -> new NotFoundException("employee for user", userId));
    }

    public List<Employee> search(String q, Employee.Status status, String team, String after, int limit) {
        return employees.search(q == null || q.isBlank() ? null : q.trim(), status,
                team == null || team.isBlank() ? null : team, after, limit);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
