package io.holdfast.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Real HTTP servers standing in for the services behind the gateway (each answers with its own name, the path
 * and the Authorization header it received), and a token issuer whose JWKS the gateway trusts in tests.
 */
final class FakeServices {

    static final String ISSUER = "http://issuer.test/realms/holdfast";
    static final List<String> SERVICES =
            List.of("hr-service", "client-service", "finance-service", "notification-service", "portal");

    private static final RSAKey KEY = newKey();
    private static final Map<String, HttpServer> SERVERS = new LinkedHashMap<>();
    private static HttpServer keys;
    private static FakeKeycloak keycloak;
    /** A port nobody listens on: the service "down" in tests. */
    static final int CLOSED_PORT = freePort();

    private FakeServices() {
    }

    static synchronized void start() {
        if (keys != null) {
            return;
        }
        for (String service : SERVICES) {
            SERVERS.put(service, echo(service));
        }
        keys = server();
        byte[] jwks = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        keys.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        keys.start();
        keycloak = new FakeKeycloak(KEY);
    }

    static FakeKeycloak keycloak() {
        return keycloak;
    }

    static String url(String service) {
        return "http://127.0.0.1:" + SERVERS.get(service).getAddress().getPort();
    }

    static String jwksUrl() {
        return "http://127.0.0.1:" + keys.getAddress().getPort() + "/certs";
    }

    static String token(String subject, String... roles) {
        return tokenFrom(ISSUER, subject, roles);
    }

    static String tokenFrom(String issuer, String subject, String... roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .audience(SERVICES)
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                    .claim("preferred_username", "test.user")
                    .claim("realm_access", Map.of("roles", List.of(roles)))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer echo(String service) {
        HttpServer server = server();
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                sleep(5_000);
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String cookie = exchange.getRequestHeaders().getFirst("Cookie");
            String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String body = "{\"service\":\"%s\",\"path\":\"%s\",\"authorization\":\"%s\",\"cookie\":\"%s\",\"body\":\"%s\"}".formatted(
                    service, exchange.getRequestURI().getPath(), authorization == null ? "" : authorization,
                    cookie == null ? "" : cookie, received.replace("\\", "\\\\").replace("\"", "\\\""));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpServer server() {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("gateway-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
