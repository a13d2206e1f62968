package io.holdfast.portal.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.WebUtils;

import io.holdfast.portal.home.SignedInUser;
import io.holdfast.portal.services.Panel;
import io.holdfast.portal.services.Service;
import io.holdfast.portal.services.ServiceApis;

/**
 * What every page's header needs: who is signed in, the sections their roles open, the gateway's CSRF token for
 * forms and the unread notification count (which simply disappears when notification-service is down).
 */
@ControllerAdvice
class PortalPageAdvice {

    /** The gateway's CSRF cookie; forms must send its value back as {@code _csrf}. */
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    private final ServiceApis apis;

    PortalPageAdvice(ServiceApis apis) {
        this.apis = apis;
    }

    @ModelAttribute
    void header(HttpServletRequest request, Model model) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken auth)) {
            return;
        }
        var token = auth.getToken();
        List<String> roles = RealmRoles.of(token);
        SignedInUser user = SignedInUser.of(token.getSubject(), token.getClaimAsString("name"),
                token.getClaimAsString("preferred_username"), roles);
        var csrf = WebUtils.getCookie(request, CSRF_COOKIE);
        model.addAttribute("user", user);
        model.addAttribute("nav", NavigationPolicy.sectionsFor(user.roles()));
        model.addAttribute("currentPath", request.getRequestURI());
        model.addAttribute("csrfToken", csrf == null ? "" : csrf.getValue());
        if (!"true".equals(request.getHeader("HX-Request"))) {
            Panel<Map<String, Object>> unread = apis.object(Service.NOTIFICATIONS, "/feed/unread-count");
            model.addAttribute("unread", unread.ok() ? unread.value().get("unread") : null);
        }
    }

    @ExceptionHandler(PageNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request, Model model) {
        header(request, model);
        return "not-found";
    }
}
