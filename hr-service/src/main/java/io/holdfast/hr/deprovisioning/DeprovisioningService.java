package io.holdfast.hr.deprovisioning;

import io.holdfast.contracts.hr.DeprovisioningFailed;
import io.holdfast.hr.employee.Employee;
import io.holdfast.hr.employee.EmployeeRepository;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.web.NotFoundException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disables a departed employee in Keycloak. The state lives in the database and a job drives it, so a restart
 * or a Keycloak outage loses nothing: the attempt is simply made again later.
 */
@Service
@EnableConfigurationProperties(KeycloakSettings.class)
public class DeprovisioningService {

    private static final Logger log = LoggerFactory.getLogger(DeprovisioningService.class);

    private final JdbcClient jdbc;
    private final KeycloakAdminClient keycloak;
    private final KeycloakSettings settings;
    private final DeprovisioningRetryPolicy policy;
    private final EmployeeRepository employees;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    DeprovisioningService(JdbcClient jdbc, KeycloakAdminClient keycloak, KeycloakSettings settings,
            EmployeeRepository employees, Outbox outbox, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.keycloak = keycloak;
        this.settings = settings;
        this.policy = new DeprovisioningRetryPolicy(settings.retry().initialDelay(), settings.retry().maxDelay(),
                settings.retry().alertAfterAttempts());
        this.employees = employees;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Queues deprovisioning in the departure's transaction; the job makes the first attempt right away. */
    @Transactional
    public void schedule(UUID departureId, Employee employee) {
        jdbc.sql("""
                insert into deprovisioning (departure_id, employee_id, user_id, username, status, next_attempt_at)
                values (:departureId, :employeeId, :userId, :username, 'PENDING', :now)
                on conflict (departure_id) do nothing
                """)
                .param("departureId", departureId).param("employeeId", employee.id())
                .param("userId", employee.userId()).param("username", employee.username())
                .param("now", Timestamp.from(Instant.now(clock))).update();
    }

    public Optional<DeprovisioningState> state(UUID departureId) {
        return jdbc.sql("select * from deprovisioning where departure_id = :id").param("id", departureId)
                .query(DeprovisioningService::map).optional();
    }

    /** ops or hr ask for another attempt now instead of waiting for the back-off. */
    @Transactional
    public DeprovisioningState retryNow(UUID departureId) {
        int updated = jdbc.sql("""
                update deprovisioning set next_attempt_at = :now, updated_at = now()
                where departure_id = :id and status <> 'DONE'
                """).param("id", departureId).param("now", Timestamp.from(Instant.now(clock))).update();
        DeprovisioningState state = state(departureId)
                .orElseThrow(() -> new NotFoundException("deprovisioning of departure", departureId));
        if (updated == 1) {
            audit.record("deprovisioning.retry-requested", "departure", departureId, Map.of());
        }
        return state;
    }

    /**
     * Makes one due attempt, if any. The row is locked with skip locked, so instances running this job at the same
     * time never work on the same user.
     *
     * @return false when nothing was due
     */
    @Transactional
    public boolean attemptNextDue() {
        if (!settings.enabled()) {
            return false;
        }
        Instant now = Instant.now(clock);
        Optional<DeprovisioningState> due = jdbc.sql("""
                select * from deprovisioning where status <> 'DONE' and next_attempt_at <= :now
                order by next_attempt_at limit 1 for update skip locked
                """).param("now", Timestamp.from(now)).query(DeprovisioningService::map).optional();
        if (due.isEmpty()) {
            return false;
        }
        DeprovisioningState state = due.get();
        int attempts = state.attempts() + 1;
        try {
            keycloak.disableAndLogout(state.userId().toString());
            jdbc.sql("""
                    update deprovisioning set status = 'DONE', attempts = :attempts, done_at = :now,
                        updated_at = :now where departure_id = :id
                    """).param("id", state.departureId()).param("attempts", attempts)
                    .param("now", Timestamp.from(now)).update();
            audit.record("system", "deprovisioning.done", "departure", state.departureId(),
                    Map.of("username", state.username(), "attempts", attempts));
            log.info("Keycloak user {} disabled and logged out after {} attempt(s)", state.username(), attempts);
        } catch (KeycloakAdminClient.KeycloakException e) {
            recordFailure(state, attempts, e.getMessage(), now);
        } catch (RuntimeException e) {
            // anything else (a bad URL, a proxy answering garbage) is a failed attempt too, never a stuck row
            recordFailure(state, attempts, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
        }
        return true;
    }

    private void recordFailure(DeprovisioningState state, int attempts, String reason, Instant now) {
        boolean failed = policy.isFailed(attempts);
        Boolean alreadyReported = jdbc.sql("select failure_reported from deprovisioning where departure_id = :id")
                .param("id", state.departureId()).query(Boolean.class).single();
        boolean report = failed && !alreadyReported;
        jdbc.sql("""
                update deprovisioning set status = :status, attempts = :attempts, last_error = :error,
                    next_attempt_at = :next, failure_reported = failure_reported or :report, updated_at = :now
                where departure_id = :id
                """)
                .param("id", state.departureId()).param("status", failed ? "FAILED" : "PENDING")
                .param("attempts", attempts).param("error", reason).param("report", report)
                .param("next", Timestamp.from(now.plus(policy.delayAfter(attempts))))
                .param("now", Timestamp.from(now)).update();
        log.warn("Keycloak deprovisioning of {} failed (attempt {}): {}", state.username(), attempts, reason);
        if (report) {
            UUID employeeId = jdbc.sql("select employee_id from deprovisioning where departure_id = :id")
                    .param("id", state.departureId()).query(UUID.class).single();
            employees.lock(employeeId);
            outbox.publish(new DeprovisioningFailed(employeeId.toString(), employees.nextVersion(employeeId),
                    state.departureId().toString(), state.userId().toString(), state.username(), attempts, reason,
                    now));
            audit.record("system", "deprovisioning.failed", "departure", state.departureId(),
                    Map.of("username", state.username(), "attempts", attempts, "reason", reason));
        }
    }

    private static DeprovisioningState map(ResultSet rs, int row) throws SQLException {
        Timestamp next = rs.getTimestamp("next_attempt_at");
        Timestamp done = rs.getTimestamp("done_at");
        return new DeprovisioningState(rs.getObject("departure_id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("username"), DeprovisioningState.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), next == null ? null : next.toInstant(),
                done == null ? null : done.toInstant());
    }
}
