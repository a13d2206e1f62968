package io.holdfast.portal.notifications;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import io.holdfast.portal.services.Panel;
import io.holdfast.portal.services.Service;
import io.holdfast.portal.services.ServiceApis;
import io.holdfast.portal.web.ActionOutcome;

/** The signed-in person's in-app feed, newest first, and marking entries read. */
@Controller
class NotificationPagesController {

    private final ServiceApis apis;

    NotificationPagesController(ServiceApis apis) {
        this.apis = apis;
    }

    @GetMapping("/notifications")
    @PreAuthorize("isAuthenticated()")
    String feed(Model model) {
        model.addAttribute("feed", apis.list(Service.NOTIFICATIONS, "/feed?limit=100"));
        return "notifications";
    }

    @PostMapping("/notifications/{id}/read")
    @PreAuthorize("isAuthenticated()")
    String read(@PathVariable UUID id) {
        Panel<Map<String, Object>> answer = apis.post(Service.NOTIFICATIONS, Map.of(), "/feed/{id}/read", id);
        return answer.ok() ? "redirect:/notifications" : ActionOutcome.failed("/notifications", answer.problem());
    }

    @PostMapping("/notifications/read-all")
    @PreAuthorize("isAuthenticated()")
    String readAll() {
        Panel<Map<String, Object>> answer = apis.post(Service.NOTIFICATIONS, Map.of(), "/feed/read-all");
        return answer.ok() ? "redirect:/notifications" : ActionOutcome.failed("/notifications", answer.problem());
    }
}
