package io.holdfast.finance.billingchange;

import java.util.List;
import java.util.UUID;

import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Billing-detail changes: finance only, four eyes. */
@RestController
@RequestMapping("/api/finance/billing-changes")
@PreAuthorize("hasRole('finance')")
public class BillingChangeController {

    private final BillingChangeService service;
    private final BillingChanges changes;

    BillingChangeController(BillingChangeService service, BillingChanges changes) {
        this.service = service;
        this.changes = changes;
    }

    public record NewBillingChange(
            @NotBlank @Size(max = 64) String clientId,
            @NotBlank @Size(max = 200) String billingContactName,
            @NotBlank @Email @Size(max = 254) String billingContactEmail,
            @Pattern(regexp = "en|ru", message = "must be en or ru") String language,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record Decision(@Size(max = 1000) String note) {
    }

    public record Rejection(@NotBlank @Size(max = 1000) String note) {
    }

    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public BillingChange request(@Valid @RequestBody NewBillingChange body) {
        return service.request(Actor.current(), new BillingChangeService.ChangeRequest(body.clientId(),
                body.billingContactName().trim(), body.billingContactEmail(), body.language(), body.reason()));
    }

    @GetMapping
    public List<BillingChange> queue(@RequestParam(required = false) Status status,
            @RequestParam(required = false) String clientId, @RequestParam(required = false) Integer limit) {
        return changes.list(status == null ? null : status.name(), clientId, PageLimit.of(limit));
    }

    @GetMapping("/{id}")
    public BillingChange get(@PathVariable UUID id) {
        return changes.find(id).orElseThrow(() -> new NotFoundException("billing change", id));
    }

    @PostMapping("/{id}/approve")
    public BillingChange approve(@PathVariable UUID id, @Valid @RequestBody(required = false) Decision body) {
        return service.approve(Actor.current(), id, body == null ? null : body.note());
    }

    @PostMapping("/{id}/reject")
    public BillingChange reject(@PathVariable UUID id, @Valid @RequestBody Rejection body) {
        return service.reject(Actor.current(), id, body.note());
    }
}
