package io.holdfast.kit.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the Keycloak user id (the token's {@code sub}), the username and the realm roles. A service
 * account (the finance system) is an actor too. Outside a request (a Kafka consumer, a scheduled job) the actor
 * is {@link #SYSTEM}.
 */
public record Actor(String userId, String username, Set<String> roles) {

    public static final Actor SYSTEM = new Actor("system", "system", Set.of());

    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            String username = jwt.getClaimAsString("preferred_username");
            Set<String> roles = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
            return new Actor(jwt.getSubject(), username == null ? jwt.getSubject() : username, roles);
        }
        return SYSTEM;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
