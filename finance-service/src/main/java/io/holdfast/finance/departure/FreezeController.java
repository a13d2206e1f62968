package io.holdfast.finance.departure;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Departure safeguards as finance sees them: freezes in force and recent billing changes to look at again. */
@RestController
@RequestMapping("/api/finance")
public class FreezeController {

    private final BillingFreezes freezes;
    private final AuditLog audit;

    FreezeController(BillingFreezes freezes, AuditLog audit) {
        this.freezes = freezes;
        this.audit = audit;
    }

    @GetMapping("/freezes")
    @PreAuthorize("hasAnyRole('finance','owner')")
    public List<BillingFreeze> freezes(@RequestParam(required = false) FreezeStatus status) {
        return freezes.list(status == null ? null : status.name());
    }

    public enum FreezeStatus {
        ACTIVE, LIFTED
    }

    @GetMapping("/reviews")
    @PreAuthorize("hasAnyRole('finance','owner')")
    public List<BillingFreezes.Review> reviews(@RequestParam(defaultValue = "false") boolean pending) {
        return freezes.reviews(pending);
    }

    @PostMapping("/reviews/{departureId}/{changeId}/done")
    @PreAuthorize("hasRole('finance')")
    @Transactional
    public Map<String, String> reviewed(@PathVariable String departureId, @PathVariable UUID changeId) {
        Actor actor = Actor.current();
        if (!freezes.markReviewed(departureId, changeId, actor.username())) {
            throw new NotFoundException("open review", departureId + "/" + changeId);
        }
        audit.record("billing-review.done", "billing-change", changeId, Map.of("departureId", departureId));
        return Map.of("departureId", departureId, "changeId", changeId.toString(), "reviewedBy", actor.username());
    }
}
