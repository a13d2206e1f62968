package io.holdfast.portal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which sections of the portal a person's roles open. It mirrors the services' own rules (an API answers 403
 * anyway), so that nobody is shown a link that can only lead to "not allowed".
 */
public final class NavigationPolicy {

    /** A link in the navigation: the path and the message key of its label. */
    public record Section(String path, String labelKey) {
    }

    static final Section DASHBOARD = new Section("/", "nav.dashboard");
    static final Section CLIENTS = new Section("/clients", "nav.clients");
    static final Section STAFF = new Section("/staff", "nav.staff");
    static final Section FINANCE = new Section("/finance", "nav.finance");
    static final Section COMPLIANCE = new Section("/compliance", "nav.compliance");
    static final Section NOTIFICATIONS = new Section("/notifications", "nav.notifications");

    private NavigationPolicy() {
    }

    public static List<Section> sectionsFor(Collection<String> roles) {
        List<Section> sections = new ArrayList<>();
        sections.add(DASHBOARD);
        if (hasAny(roles, "owner", "team-lead", "account-manager", "hr", "legal", "finance")) {
            sections.add(CLIENTS);
        }
        // hr-service lists people and departures to owner, hr and legal only; a team lead reaches a handover
        // board from the notification that links to it
        if (hasAny(roles, "owner", "hr", "legal")) {
            sections.add(STAFF);
        }
        if (hasAny(roles, "owner", "finance")) {
            sections.add(FINANCE);
        }
        if (hasAny(roles, "owner", "legal")) {
            sections.add(COMPLIANCE);
        }
        sections.add(NOTIFICATIONS);
        return List.copyOf(sections);
    }

    private static boolean hasAny(Collection<String> roles, String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
