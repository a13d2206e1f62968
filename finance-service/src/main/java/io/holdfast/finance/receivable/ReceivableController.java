package io.holdfast.finance.receivable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Penalty receivables, for finance (collection) and legal (disputes and claims). */
@RestController
@RequestMapping("/api/finance/receivables")
@PreAuthorize("hasAnyRole('finance','legal')")
public class ReceivableController {

    private final Receivables receivables;
    private final AuditLog audit;

    ReceivableController(Receivables receivables, AuditLog audit) {
        this.receivables = receivables;
        this.audit = audit;
    }

    public record StatusChange(@NotNull ReceivableStatusRule.Status status, @NotBlank @Size(max = 1000) String note) {
    }

    @GetMapping
    public List<Receivable> list(@RequestParam(required = false) ReceivableStatusRule.Status status,
            @RequestParam(required = false) String employeeId, @RequestParam(required = false) Integer limit) {
        return receivables.list(status == null ? null : status.name(), employeeId, PageLimit.of(limit));
    }

    @GetMapping("/{id}")
    public Receivable get(@PathVariable UUID id) {
        return receivables.find(id).orElseThrow(() -> new NotFoundException("receivable", id));
    }

    @PatchMapping("/{id}")
    @Transactional
    public Receivable change(@PathVariable UUID id, @Valid @RequestBody StatusChange body) {
        Receivable r = receivables.lock(id).orElseThrow(() -> new NotFoundException("receivable", id));
        ReceivableStatusRule.refuse(r.status(), body.status()).ifPresent(reason -> {
            throw new ConflictException("RECEIVABLE_STATUS", reason);
        });
        receivables.changeStatus(id, body.status(), body.note());
        audit.record("receivable.status-changed", "receivable", id, Map.of("from", r.status().name(),
                "to", body.status().name(), "note", body.note()));
        return receivables.find(id).orElseThrow();
    }
}
