package io.holdfast.clients.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.holdfast.clients.client.ClientDetailRead;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every read of a client's detail and reports a user who reads unusually many distinct clients, at most
 * once per hour per user. Runs inside the read's transaction.
 */
@Component
class AccessWatch {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration HISTORY = Duration.ofDays(30);

    private final AccessLog log;
    private final Outbox outbox;
    private final AuditLog audit;
    private final AccessAnomalyRule.Settings settings;

    AccessWatch(AccessLog log, Outbox outbox, AuditLog audit,
            @Value("${holdfast.clients.access.hourly-threshold:40}") int hourlyThreshold,
            @Value("${holdfast.clients.access.usual-factor:3.0}") double usualFactor,
            @Value("${holdfast.clients.access.usual-minimum:10}") int usualMinimum) {
        this.log = log;
        this.outbox = outbox;
        this.audit = audit;
        this.settings = new AccessAnomalyRule.Settings(hourlyThreshold, usualFactor, usualMinimum);
    }

    @EventListener
    void on(ClientDetailRead read) {
        log.record(read.userId(), read.username(), AccessLog.Kind.READ, List.of(read.clientId()));
        Instant now = Instant.now();
        Instant windowStart = now.minus(WINDOW);
        int distinct = log.distinctClientsSince(read.userId(), windowStart);
        if (distinct <= Math.min(settings.hourlyThreshold(), settings.usualMinimum() - 1)) {
            return; // the common case: far below anything unusual, no history query
        }
        double usual = log.usualPerHour(read.userId(), now.minus(HISTORY), windowStart);
        AccessAnomalyRule.judge(distinct, usual, settings).ifPresent(reason -> {
            if (log.claimSuspicion(read.userId(), now, windowStart)) {
                outbox.publish(new SuspiciousAccessDetected(read.userId(), log.nextUserEventVersion(read.userId()),
                        read.username(), distinct, windowStart, now, settings.hourlyThreshold(), usual, reason, now));
                audit.record("system", "access.suspicious", "user", read.userId(),
                        Map.of("distinctClients", distinct, "reason", reason));
            }
        });
    }
}
