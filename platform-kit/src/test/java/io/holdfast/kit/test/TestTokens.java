package io.holdfast.kit.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Real RS256 tokens shaped like Keycloak's (issuer, audience, {@code realm_access.roles},
 * {@code preferred_username}), signed by a key made for this test JVM. Services under test trust its public key.
 */
public final class TestTokens {

    public static final String ISSUER = "http://keycloak.test/realms/holdfast";
    public static final List<String> AUDIENCE = List.of("hr-service", "client-service", "finance-service",
            "notification-service", "kit-test");

    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    /** The properties that make a service trust these tokens. */
    public static String[] properties() {
        return new String[] {
                "holdfast.security.public-key=" + publicKeyPem(),
                "holdfast.security.issuers=" + ISSUER,
                "holdfast.security.jwk-set-uri=" };
    }

    public static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----" + Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded())
                + "-----END PUBLIC KEY-----";
    }

    /** A valid token for a user with these realm roles. */
    public static String token(String userId, String username, String... roles) {
        return user(userId, username, roles).build();
    }

    /** A valid token for a fresh random user with these roles. */
    public static String withRoles(String... roles) {
        String id = UUID.randomUUID().toString();
        return token(id, "user-" + id.substring(0, 8), roles);
    }

    public static Builder user(String userId, String username, String... roles) {
        return new Builder(userId, username, List.of(roles));
    }

    public static final class Builder {
        private final String subject;
        private final String username;
        private final List<String> roles;
        private String issuer = ISSUER;
        private List<String> audience = AUDIENCE;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(5);
        private RSAPrivateKey key = (RSAPrivateKey) KEYS.getPrivate();

        private Builder(String subject, String username, List<String> roles) {
            this.subject = subject;
            this.username = username;
            this.roles = roles;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        public Builder lifetime(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        /** Signs with another key than the one the services trust. */
        public Builder forgedSignature() {
            this.key = (RSAPrivateKey) generate().getPrivate();
            return this;
        }

        public String build() {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .audience(new ArrayList<>(audience))
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("preferred_username", username)
                    .claim("realm_access", Map.of("roles", roles))
                    .claim("azp", "portal")
                    .build();
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                        .keyID("test").build(), claims);
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }
}
