package io.holdfast.notifications.delivery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.PageLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log: every message with its status, attempts and last error; failed e-mails can be retried. */
@RestController
@RequestMapping("${holdfast.api-prefix}/deliveries")
public class DeliveryController {

    private final Deliveries deliveries;
    private final AuditLog audit;

    DeliveryController(Deliveries deliveries, AuditLog audit) {
        this.deliveries = deliveries;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('owner','ops')")
    public List<Deliveries.DeliveryView> log(@RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) String sourceEventId, @RequestParam(required = false) Integer limit) {
        return deliveries.log(status, sourceEventId, PageLimit.of(limit));
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasRole('ops')")
    @Transactional
    public Map<String, Object> retry(@PathVariable UUID id) {
        if (!deliveries.retryNow(id)) {
            throw new ConflictException("not-failed", "Delivery " + id + " does not exist or has not failed");
        }
        audit.record("delivery.retried", "delivery", id, Map.of());
        return Map.of("id", id, "status", DeliveryStatus.PENDING.name());
    }
}
