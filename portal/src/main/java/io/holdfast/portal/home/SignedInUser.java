package io.holdfast.portal.home;

import java.util.List;

/**
 * Who is looking at the portal, as the token says.
 *
 * @param userId      the Keycloak user id (token subject), the person's id across Holdfast
 * @param displayName the full name, else the username
 * @param username    the login name
 * @param roles       the Holdfast realm roles the person holds, sorted
 */
public record SignedInUser(String userId, String displayName, String username, List<String> roles) {

    /** Roles Keycloak adds to everybody; they mean nothing in Holdfast. */
    private static final List<String> TECHNICAL_ROLES = List.of("offline_access", "uma_authorization");

    public static SignedInUser of(String subject, String name, String preferredUsername, List<String> roles) {
        String username = preferredUsername == null || preferredUsername.isBlank() ? subject : preferredUsername;
        String displayName = name == null || name.isBlank() ? username : name;
        List<String> holdfastRoles = roles.stream()
                .filter(role -> !TECHNICAL_ROLES.contains(role) && !role.startsWith("default-roles-"))
                .sorted()
                .toList();
        return new SignedInUser(subject, displayName, username, holdfastRoles);
    }
}
