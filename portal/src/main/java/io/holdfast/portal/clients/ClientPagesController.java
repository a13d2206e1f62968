package io.holdfast.portal.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import io.holdfast.portal.services.ServiceJson;
import io.holdfast.portal.web.ActionOutcome;
import io.holdfast.portal.web.PageNotFound;
import io.holdfast.portal.web.RealmRoles;

/**
 * The clients section: search with filters, and one client's page composed from three services (the client,
 * its touchpoints and risk from client-service, its invoices from finance-service) with the actions a person
 * takes there: record a touchpoint, produce a thank-you letter or certificate.
 */
@Controller
class ClientPagesController {

    static final String READERS = "hasAnyRole('owner','team-lead','account-manager','hr','legal','finance')";
    static final String WRITERS = "hasAnyRole('owner','team-lead','account-manager')";
    static final List<String> TOUCHPOINT_KINDS = List.of("CALL", "MEETING", "EMAIL", "LETTER", "CERTIFICATE", "GIFT",
            "EXECUTIVE_CALL", "FEEDBACK_REQUEST");

    private final ServiceApis apis;
    private final ZoneId zone;

    ClientPagesController(ServiceApis apis, @Value("${holdfast.portal.time-zone:Europe/Berlin}") ZoneId zone) {
        this.apis = apis;
        this.zone = zone;
    }

    @GetMapping("/clients")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String risk, @RequestParam(required = false) String after,
                Model model) {
        StringBuilder uri = new StringBuilder("?limit=50");
        Map<String, Object> vars = new LinkedHashMap<>();
        param(uri, vars, "q", q);
        param(uri, vars, "status", status);
        param(uri, vars, "risk", risk);
        param(uri, vars, "after", after);
        model.addAttribute("page", apis.object(Service.CLIENTS, uri.toString(), vars.values().toArray()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("risk", risk == null ? "" : risk);
        return "clients";
    }

    private static void param(StringBuilder uri, Map<String, Object> vars, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.append('&').append(name).append("={").append(name).append('}');
            vars.put(name, value.strip());
        }
    }

    @GetMapping("/clients/{id}")
    @PreAuthorize(READERS)
    String client(@PathVariable UUID id,
                  @AuthenticationPrincipal Jwt token,
                  Model model) {
        Panel<Map<String, Object>> client = apis.object(Service.CLIENTS, "/{id}", id);
        if (!client.ok() && client.problem().kind() == Panel.Kind.NOT_FOUND) {
            throw new PageNotFound("client " + id);
        }
        model.addAttribute("client", client);
        model.addAttribute("clientId", id);
        // finance reads names and billing contacts only: no timeline, risk or handover to ask for
        boolean fullReader = RealmRoles.hasAny(token, "owner", "team-lead", "account-manager", "hr", "legal");
        model.addAttribute("canWrite", RealmRoles.hasAny(token, "owner", "team-lead", "account-manager"));
        model.addAttribute("touchpoints", fullReader ? apis.list(Service.CLIENTS, "/{id}/touchpoints?limit=50", id) : null);
        model.addAttribute("riskOfClient", fullReader ? apis.object(Service.CLIENTS, "/{id}/risk", id) : null);
        model.addAttribute("invoices", apis.list(Service.FINANCE, "/invoices?clientId={id}&limit=50", id)
                .map(InvoiceSummaryCalculator::summarise));
        // the latest handover plan of the client, if it was ever part of a departure
        model.addAttribute("handover", fullReader ? apis.object(Service.CLIENTS, "/handovers?clientId={id}&limit=1", id)
                .map(page -> ServiceJson.objects(page.get("items")).stream().findFirst().orElse(null)) : null);
        model.addAttribute("kinds", TOUCHPOINT_KINDS);
        return "client";
    }

    @PostMapping("/clients/{id}/touchpoints")
    @PreAuthorize(WRITERS)
    String recordTouchpoint(@PathVariable UUID id, @RequestParam String kind,
                            @RequestParam(required = false) String at, @RequestParam(required = false) String notes,
                            @RequestParam(defaultValue = "false") boolean companyLevel) {
        Instant when;
        try {
            when = at == null || at.isBlank() ? Instant.now()
                    : LocalDateTime.parse(at).atZone(zone).toInstant();
        } catch (RuntimeException e) {
            return ActionOutcome.invalid("/clients/" + id, "bad_time");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("at", when.toString());
        body.put("notes", notes == null || notes.isBlank() ? null : notes);
        body.put("companyLevel", companyLevel);
        Panel<Map<String, Object>> answer = apis.post(Service.CLIENTS, body, "/{id}/touchpoints", id);
        return answer.ok() ? ActionOutcome.done("/clients/" + id, "touchpoint.recorded")
                : ActionOutcome.failed("/clients/" + id, answer.problem());
    }

    /** The thank-you letter or partner certificate as a PDF download, made (and counted as a touch) by notifications. */
    @PostMapping("/clients/{id}/documents")
    @PreAuthorize(WRITERS)
    Object document(@PathVariable UUID id, @RequestParam String kind, @RequestParam(required = false) String language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", id.toString());
        body.put("kind", kind);
        if (language != null && !language.isBlank()) {
            body.put("language", language);
        }
        Panel<byte[]> pdf = apis.pdf(Service.NOTIFICATIONS, body, "/documents");
        if (!pdf.ok()) {
            return ActionOutcome.failed("/clients/" + id, pdf.problem());
        }
        String file = kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + LocalDate.now(zone) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(pdf.value());
    }
}
