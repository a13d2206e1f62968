package io.holdfast.kit.audit;

import java.util.List;

import io.holdfast.kit.web.PageLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of this service, newest first, for the owner and legal. Page on with {@code before=<id>}. */
@RestController
@RequestMapping("${holdfast.api-prefix}/audit")
public class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('owner','legal')")
    public List<AuditLog.Entry> find(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(required = false) String action, @RequestParam(required = false) Long before,
            @RequestParam(required = false) Integer limit) {
        return audit.find(actor, targetType, targetId, action, before, PageLimit.of(limit));
    }
}
