package io.holdfast.portal.home;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.WebUtils;

/** The portal's start page: who is signed in, with which roles, and the way out. */
@Controller
class HomeController {

    /** The gateway's CSRF cookie; the logout form must send its value back. */
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(@AuthenticationPrincipal Jwt token, HttpServletRequest request, Model model) {
        List<String> roles = token.getClaimAsMap("realm_access") instanceof java.util.Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof List<?> names
                ? names.stream().map(String::valueOf).toList()
                : List.of();
        SignedInUser user = SignedInUser.of(token.getSubject(), token.getClaimAsString("name"),
                token.getClaimAsString("preferred_username"), roles);
        var csrf = WebUtils.getCookie(request, CSRF_COOKIE);
        model.addAttribute("user", user);
        model.addAttribute("csrfToken", csrf == null ? "" : csrf.getValue());
        return "home";
    }
}
