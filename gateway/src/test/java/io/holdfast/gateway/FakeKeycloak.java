package io.holdfast.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The back channel of a Keycloak realm, enough for the authorization-code flow: the token endpoint (which
 * records what the gateway sent, e.g. the PKCE verifier) and user info. The browser side (the login page) is
 * played by the test itself.
 */
final class FakeKeycloak {

    private final HttpServer server;
    private final RSAKey key;
    private volatile String subject;
    private volatile String nonce;
    final Map<String, String> lastTokenRequest = new ConcurrentHashMap<>();
    volatile String issuedAccessToken;
    volatile String issuedIdToken;

    FakeKeycloak(RSAKey key) {
        this.key = key;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/realms/holdfast/protocol/openid-connect/token", this::token);
        server.createContext("/realms/holdfast/protocol/openid-connect/userinfo", exchange -> json(exchange, """
                {"sub":"%s","name":"Anna Manager","preferred_username":"anna.manager"}""".formatted(subject)));
        server.start();
    }

    String realmUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/holdfast";
    }

    /** What the next code exchange logs in as; the nonce is the one the gateway put in the authorization request. */
    void nextLogin(String subject, String nonce) {
        this.subject = subject;
        this.nonce = nonce;
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        lastTokenRequest.clear();
        lastTokenRequest.putAll(Arrays.stream(form.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (a, b) -> b)));
        lastTokenRequest.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        issuedAccessToken = sign(new JWTClaimsSet.Builder()
                .issuer(FakeServices.ISSUER).subject(subject).audience(FakeServices.SERVICES)
                .claim("azp", "portal").claim("scope", "openid profile email")
                .claim("realm_access", Map.of("roles", List.of("account-manager"))));
        issuedIdToken = sign(new JWTClaimsSet.Builder()
                .issuer(FakeServices.ISSUER).subject(subject).audience("portal").claim("azp", "portal")
                .claim("nonce", nonce).claim("name", "Anna Manager"));
        json(exchange, """
                {"access_token":"%s","token_type":"Bearer","expires_in":300,"refresh_token":"refresh-1",\
                "id_token":"%s","scope":"openid profile email"}""".formatted(issuedAccessToken, issuedIdToken));
    }

    private String sign(JWTClaimsSet.Builder claims) {
        try {
            var jwt = new com.nimbusds.jwt.SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
