package io.holdfast.clients.access;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.holdfast.clients.access.PreparationSignal.Signal;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.contracts.crm.SuspiciousAccessDetected.ReasonCode;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes every person's preparation signal from the evidence sources, and tells the owner (SuspiciousAccessDetected,
 * reason code PREPARATION_SIGNAL) when a person's score reaches the alert score, once per person per window.
 */
@Component
class PreparationWatch {

    private final List<PreparationEvidence> sources;
    private final AccessLog log;
    private final Outbox outbox;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final PreparationSignal.Settings settings;
    private final Duration alertWindow;

    PreparationWatch(List<PreparationEvidence> sources, AccessLog log, Outbox outbox, AuditLog audit, TransactionTemplate tx,
            @Value("${holdfast.clients.preparation.contact-changes-minimum:5}") int contactChangesMinimum,
            @Value("${holdfast.clients.preparation.free-mail-minimum:1}") int freeMailMinimum,
            @Value("${holdfast.clients.preparation.touch-share-drop-factor:0.5}") double touchShareDropFactor,
            @Value("${holdfast.clients.preparation.touches-minimum:4}") int touchesMinimum,
            @Value("${holdfast.clients.preparation.reads-factor:2.0}") double readsFactor,
            @Value("${holdfast.clients.preparation.reads-minimum:30}") int readsMinimum,
            @Value("${holdfast.clients.preparation.export-near-limit-share:0.8}") double exportNearLimitShare,
            @Value("${holdfast.clients.preparation.alert-score:50}") int alertScore,
            @Value("${holdfast.clients.preparation.alert-window:P7D}") Duration alertWindow) {
        this.sources = sources;
        this.log = log;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.settings = new PreparationSignal.Settings(contactChangesMinimum, freeMailMinimum, touchShareDropFactor,
                touchesMinimum, readsFactor, readsMinimum, exportNearLimitShare, alertScore);
        this.alertWindow = alertWindow;
    }

    /** Everyone with at least one reason, highest score first. */
    List<Signal> signals(Instant now) {
        Map<String, List<PreparationEvidence.Found>> byPerson = sources.stream()
                .flatMap(source -> source.collect(now, settings).stream())
                .collect(Collectors.groupingBy(PreparationEvidence.Found::userId, LinkedHashMap::new, Collectors.toList()));
        return byPerson.entrySet().stream()
                .map(e -> PreparationSignal.of(e.getKey(), e.getValue().stream().map(PreparationEvidence.Found::username)
                                .filter(java.util.Objects::nonNull).findFirst().orElse(null),
                        e.getValue().stream().map(PreparationEvidence.Found::evidence).toList()))
                .sorted(java.util.Comparator.comparingInt(Signal::score).reversed().thenComparing(Signal::userId))
                .toList();
    }

    @Scheduled(fixedDelayString = "${holdfast.clients.preparation.check-every:PT1H}",
            initialDelayString = "${holdfast.clients.preparation.check-every:PT1H}")
    void check() {
        Instant now = Instant.now();
        for (Signal signal : signals(now)) {
            if (PreparationSignal.alerts(signal, settings)) {
                tx.executeWithoutResult(s -> alert(signal, now));
            }
        }
    }

    private void alert(Signal signal, Instant now) {
        Instant windowStart = now.minus(alertWindow);
        if (!log.claim(AccessLog.Report.PREPARATION, signal.userId(), now, windowStart)) {
            return;
        }
        String reasons = signal.reasons().stream().map(e -> e.reason().name()).collect(Collectors.joining(", "));
        String reason = "preparation signal " + signal.score() + " (" + reasons + ")";
        int clients = (int) signal.reasons().stream().flatMap(e -> e.clientIds().stream()).distinct().count();
        outbox.publish(new SuspiciousAccessDetected(signal.userId(), log.nextUserEventVersion(signal.userId()),
                signal.username() == null ? signal.userId() : signal.username(), clients, windowStart, now,
                settings.alertScore(), 0, reason, now, ReasonCode.PREPARATION_SIGNAL));
        audit.record("system", "access.preparation-signal", "user", signal.userId(),
                Map.of("score", signal.score(), "reasons", reasons));
    }
}
