package io.holdfast.portal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;

/** The Keycloak realm roles a relayed token carries ({@code realm_access.roles}); none when the claim is missing. */
public final class RealmRoles {

    private RealmRoles() {
    }

    public static List<String> of(Jwt token) {
        return token != null && token.getClaimAsMap("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof List<?> names
                ? names.stream().map(String::valueOf).toList()
                : List.of();
    }

    public static boolean hasAny(Jwt token, String... roles) {
        List<String> held = of(token);
        return Arrays.stream(roles).anyMatch(held::contains);
    }
}
