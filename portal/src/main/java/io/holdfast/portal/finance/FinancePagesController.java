package io.holdfast.portal.finance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.holdfast.portal.services.Panel;
import io.holdfast.portal.services.Service;
import io.holdfast.portal.services.ServiceApis;
import io.holdfast.portal.web.ActionOutcome;
import io.holdfast.portal.web.RealmRoles;

/**
 * Finance: invoices and payments, the four-eyes queue of billing-detail changes (the requester is shown why they
 * cannot approve their own change; the service refuses it anyway), and the departure freezes.
 */
@Controller
class FinancePagesController {

    private final ServiceApis apis;

    FinancePagesController(ServiceApis apis) {
        this.apis = apis;
    }

    @GetMapping("/finance")
    @PreAuthorize("hasAnyRole('owner','finance')")
    String finance(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String status, Model model) {
        boolean isFinance = RealmRoles.hasAny(token, "finance");
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("invoices", status == null || status.isBlank()
                ? apis.list(Service.FINANCE, "/invoices?limit=50")
                : apis.list(Service.FINANCE, "/invoices?limit=50&status={s}", status));
        // the queue is finance's own work; the owner sees the freezes and invoices
        model.addAttribute("queue", isFinance ? apis.list(Service.FINANCE, "/billing-changes?status=PENDING&limit=100")
                : null);
        // the accounts a finance user can request a change for (a second finance colleague approves it)
        model.addAttribute("accounts", isFinance ? apis.list(Service.FINANCE, "/accounts?limit=200") : null);
        model.addAttribute("freezes", apis.list(Service.FINANCE, "/freezes?status=ACTIVE"));
        model.addAttribute("me", token.getSubject());
        return "finance";
    }

    /** The first pair of eyes: a finance user asks for a new billing contact; another one decides. */
    @PostMapping("/finance/billing-changes")
    @PreAuthorize("hasRole('finance')")
    String request(@RequestParam String clientId, @RequestParam String billingContactName,
                   @RequestParam String billingContactEmail, @RequestParam(required = false) String language,
                   @RequestParam String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", clientId.strip());
        body.put("billingContactName", billingContactName.strip());
        body.put("billingContactEmail", billingContactEmail.strip());
        if (language != null && !language.isBlank()) {
            body.put("language", language);
        }
        body.put("reason", reason.strip());
        Panel<Map<String, Object>> answer = apis.post(Service.FINANCE, body, "/billing-changes");
        return answer.ok() ? ActionOutcome.done("/finance", "billing.requestSent")
                : ActionOutcome.failed("/finance", answer.problem());
    }

    @PostMapping("/finance/billing-changes/{id}/approve")
    @PreAuthorize("hasRole('finance')")
    String approve(@PathVariable UUID id, @RequestParam(required = false) String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (note != null && !note.isBlank()) {
            body.put("note", note.strip());
        }
        Panel<Map<String, Object>> answer = apis.post(Service.FINANCE, body, "/billing-changes/{id}/approve", id);
        return answer.ok() ? ActionOutcome.done("/finance", "billing.approved") : ActionOutcome.failed("/finance", answer.problem());
    }

    @PostMapping("/finance/billing-changes/{id}/reject")
    @PreAuthorize("hasRole('finance')")
    String reject(@PathVariable UUID id, @RequestParam String note) {
        Panel<Map<String, Object>> answer = apis.post(Service.FINANCE, Map.of("note", note.strip()),
                "/billing-changes/{id}/reject", id);
        return answer.ok() ? ActionOutcome.done("/finance", "billing.rejected") : ActionOutcome.failed("/finance", answer.problem());
    }
}
