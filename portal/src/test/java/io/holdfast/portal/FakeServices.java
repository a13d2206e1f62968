package io.holdfast.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for the four services' APIs: each {@code METHOD path} answers what the test says
 * (status and JSON), a path marked down drops the connection like a crashed service, and every request is kept
 * with its Authorization header and body so a test can check what the portal asked for and with whose token.
 */
public final class FakeServices {

    public record Answer(int status, String contentType, byte[] body) {
    }

    public record Request(String method, String path, String query, String authorization, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> down = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FakeServices() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeServices json(String method, String path, int status, String json) {
        answers.put(method + " " + path, new Answer(status, "application/json", json.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public FakeServices json(String path, String json) {
        return json("GET", path, 200, json);
    }

    public FakeServices problem(String method, String path, int status, String detail) {
        return json(method, path, status, "{\"type\":\"about:blank\",\"title\":\"Problem\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    public FakeServices pdf(String path, byte[] pdf) {
        answers.put("POST " + path, new Answer(200, "application/pdf", pdf));
        return this;
    }

    /** Requests whose path starts with this prefix get their connection dropped without an answer. */
    public FakeServices down(String prefix) {
        down.add(prefix);
        return this;
    }

    public void reset() {
        answers.clear();
        down.clear();
        requests.clear();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (down.stream().anyMatch(path::startsWith)) {
            exchange.close();
            return;
        }
        Answer answer = answers.get(exchange.getRequestMethod() + " " + path);
        if (answer == null) {
            answer = new Answer(404, "application/problem+json",
                    "{\"title\":\"Not Found\",\"status\":404}".getBytes(StandardCharsets.UTF_8));
        }
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        if (answer.body().length > 0) {
            exchange.getResponseBody().write(answer.body());
        }
        exchange.close();
    }
}
