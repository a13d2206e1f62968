package io.holdfast.clients.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.clients.employee.Employee;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.contracts.crm.SuspiciousAccessDetected.ReasonCode;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.web.RefusedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every read of client data (one row per read, naming the clients shown), reports a user who reads
 * unusually many distinct clients at most once per hour, and caps the reads of a person in notice.
 */
@Component
class AccessWatch {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration HISTORY = Duration.ofDays(30);

    private final AccessLog log;
    private final Outbox outbox;
    private final AuditLog audit;
    private final EmployeeDirectory directory;
    private final TransactionTemplate tx;
    private final AccessAnomalyRule.Settings settings;
    private final int noticeHourlyReadCap;
    private final Counter capRefusals;

    AccessWatch(AccessLog log, Outbox outbox, AuditLog audit, EmployeeDirectory directory, TransactionTemplate tx,
            MeterRegistry meters,
            @Value("${holdfast.clients.access.hourly-threshold:40}") int hourlyThreshold,
            @Value("${holdfast.clients.access.usual-factor:3.0}") double usualFactor,
            @Value("${holdfast.clients.access.usual-minimum:10}") int usualMinimum,
            @Value("${holdfast.clients.access.notice-hourly-read-cap:200}") int noticeHourlyReadCap) {
        this.log = log;
        this.outbox = outbox;
        this.audit = audit;
        this.directory = directory;
        this.tx = tx;
        this.settings = new AccessAnomalyRule.Settings(hourlyThreshold, usualFactor, usualMinimum);
        this.noticeHourlyReadCap = noticeHourlyReadCap;
        this.capRefusals = Counter.builder("holdfast.clients.access.refused")
                .description("Client-data reads refused because a person in notice passed their hourly cap")
                .tag("code", ReasonCode.READ_CAP_IN_NOTICE.name()).register(meters);
    }

    /** The read happened and showed these clients: record it, then judge the user's last hour. */
    void read(String userId, String username, ClientRead what, List<UUID> clientIds) {
        tx.executeWithoutResult(s -> {
            log.record(userId, username, AccessLog.Kind.READ, what, clientIds);
            judge(userId, username);
        });
    }

    /**
     * Refuses the read before it happens when the person is in notice and has been shown at least the cap's worth
     * of clients within the last hour. Every refusal is audited and counted; the first of a window is announced.
     */
    void refuseOverCap(String userId, String username) {
        if (directory.statusOf(userId) != Employee.Status.NOTICE_GIVEN) {
            return;
        }
        Instant now = Instant.now();
        Instant windowStart = now.minus(WINDOW);
        int reads = log.clientReadsSince(userId, windowStart);
        if (reads < noticeHourlyReadCap) {
            return;
        }
        tx.executeWithoutResult(s -> {
            audit.record("clients.read-capped", "user", userId, Map.of("code", ReasonCode.READ_CAP_IN_NOTICE.name(),
                    "clientReadsLastHour", reads, "cap", noticeHourlyReadCap));
            if (log.claim(AccessLog.Report.READ_CAP, userId, now, windowStart)) {
                int distinct = log.distinctClientsSince(userId, windowStart);
                outbox.publish(new SuspiciousAccessDetected(userId, log.nextUserEventVersion(userId), username, distinct,
                        windowStart, now, noticeHourlyReadCap, 0,
                        "in notice and shown " + reads + " clients within an hour, the cap is " + noticeHourlyReadCap,
                        now, ReasonCode.READ_CAP_IN_NOTICE));
            }
        });
        capRefusals.increment();
        throw new RefusedException(HttpStatus.TOO_MANY_REQUESTS, ReasonCode.READ_CAP_IN_NOTICE.name(),
                "While you are serving notice you may read up to " + noticeHourlyReadCap
                        + " clients an hour; you have reached that, try again later");
    }

    private void judge(String userId, String username) {
        Instant now = Instant.now();
        Instant windowStart = now.minus(WINDOW);
        int distinct = log.distinctClientsSince(userId, windowStart);
        if (distinct <= Math.min(settings.hourlyThreshold(), settings.usualMinimum() - 1)) {
            return; // the common case: far below anything unusual, no history query
        }
        double usual = log.usualPerHour(userId, now.minus(HISTORY), windowStart);
        AccessAnomalyRule.judge(distinct, usual, settings).ifPresent(reason -> {
            if (log.claim(AccessLog.Report.UNUSUAL_ACCESS, userId, now, windowStart)) {
                ReasonCode code = distinct > settings.hourlyThreshold() ? ReasonCode.HOURLY_THRESHOLD : ReasonCode.ABOVE_USUAL;
                outbox.publish(new SuspiciousAccessDetected(userId, log.nextUserEventVersion(userId), username, distinct,
                        windowStart, now, settings.hourlyThreshold(), usual, reason, now, code));
                audit.record("system", "access.suspicious", "user", userId,
                        Map.of("distinctClients", distinct, "reason", reason, "code", code.name()));
            }
        });
    }
}
