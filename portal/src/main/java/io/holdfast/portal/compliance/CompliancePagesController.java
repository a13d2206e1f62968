package io.holdfast.portal.compliance;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.holdfast.portal.services.Service;
import io.holdfast.portal.services.ServiceApis;
import io.holdfast.portal.web.RealmRoles;

/**
 * Compliance: non-solicitation watches by end date, suspected breaches with evidence and claim, preparation signals
 * with their evidence, the access log.
 */
@Controller
class CompliancePagesController {

    private final ServiceApis apis;

    CompliancePagesController(ServiceApis apis) {
        this.apis = apis;
    }

    @GetMapping("/compliance")
    @PreAuthorize("hasAnyRole('owner','legal')")
    String compliance(@AuthenticationPrincipal Jwt token, Model model) {
        boolean owner = RealmRoles.hasAny(token, "owner");
        model.addAttribute("watches", apis.list(Service.HR, "/watches?active=true"));
        model.addAttribute("claims", apis.list(Service.HR, "/claims?open=true"));
        // the access log is the owner's (client-service allows no one else)
        model.addAttribute("accessLog", owner ? apis.list(Service.CLIENTS, "/access-log?limit=100") : null);
        // who looks like they are preparing to leave, with the evidence (the owner's too)
        model.addAttribute("signals", owner ? apis.list(Service.CLIENTS, "/preparation-signals") : null);
        return "compliance";
    }
}
