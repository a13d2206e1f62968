package io.holdfast.hr;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the Keycloak admin API on a free port: hands out a token for the right client secret, records every call,
 * and fails the first N "disable user" calls of a chosen user with 503.
 */
public final class FakeKeycloak implements AutoCloseable {

    public record Call(String method, String path, String authorization, String body) {
    }

    public static final String TOKEN = "fake-admin-token";

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final HttpServer server;

    public FakeKeycloak(String expectedSecret) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            calls.add(new Call(method, path, exchange.getRequestHeaders().getFirst("Authorization"), body));
            int status;
            String answer = "";
            if (path.equals("/realms/holdfast/protocol/openid-connect/token")) {
                boolean ok = body.contains("grant_type=client_credentials") && body.contains("client_id=hr-service")
                        && body.contains("client_secret=" + expectedSecret);
                status = ok ? 200 : 401;
                answer = ok ? "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\"}" : "{\"error\":\"unauthorized_client\"}";
            } else if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 401;
            } else if (method.equals("PUT") && path.startsWith("/admin/realms/holdfast/users/")) {
                String userId = path.substring("/admin/realms/holdfast/users/".length());
                AtomicInteger left = failuresLeft.get(userId);
                status = left != null && left.getAndDecrement() > 0 ? 503 : 204;
                if (status == 503) {
                    answer = "{\"error\":\"temporarily unavailable\"}";
                }
            } else if (method.equals("POST") && path.matches("/admin/realms/holdfast/users/[^/]+/logout")) {
                status = 204;
            } else {
                status = 404;
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void failFirst(String userId, int times) {
        failuresLeft.put(userId, new AtomicInteger(times));
    }

    public List<Call> callsFor(String userId) {
        return calls.stream().filter(c -> c.path().contains(userId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
