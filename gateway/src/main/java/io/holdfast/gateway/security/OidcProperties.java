package io.holdfast.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is. The browser-facing issuer and the address the gateway itself uses can differ (inside
 * docker compose the gateway reaches Keycloak as {@code keycloak:8180} while browsers and token issuers say
 * {@code localhost:8180}), so the back-channel endpoints have their own base URL.
 *
 * @param issuer       the issuer every token carries, also the base of the browser-facing endpoints
 * @param issuers      issuers accepted on bearer tokens (usually just {@code issuer})
 * @param internalUrl  base URL of the realm as the gateway reaches it (token, user info, JWKS)
 * @param jwkSetUri    the realm's public keys
 * @param clientId     the confidential client the gateway logs users in with
 * @param clientSecret its secret (the committed default is for local demo only)
 */
@ConfigurationProperties("holdfast.oidc")
public record OidcProperties(String issuer, List<String> issuers, String internalUrl, String jwkSetUri,
                             String clientId, String clientSecret) {
}
