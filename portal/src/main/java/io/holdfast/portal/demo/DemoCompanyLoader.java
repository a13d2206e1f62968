package io.holdfast.portal.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo company into a running platform through the gateway's public APIs, signed in as the demo users
 * themselves, so every rule applies (validation, object-level access, four-eyes, outbox and events). Running it
 * twice is harmless: what already exists (409) is looked up and reused.
 *
 * <pre>
 * java -cp portal/target/portal-0.1.0-SNAPSHOT.jar -Dloader.main=io.holdfast.portal.demo.DemoCompanyLoader \
 *      org.springframework.boot.loader.launch.PropertiesLauncher [gatewayUrl] [keycloakUrl]
 * </pre>
 * Defaults: {@code http://localhost:8080} and {@code http://localhost:8180} (env {@code HOLDFAST_GATEWAY_URL},
 * {@code HOLDFAST_KEYCLOAK_URL}). Tokens come from the realm's public {@code system-tests} client (password grant,
 * local demo only).
 */
public final class DemoCompanyLoader {

    static final String PASSWORD = "holdfast";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gateway;
    private final String tokenUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> tokenTakenAt = new HashMap<>();
    /** Access tokens live 5 minutes in the demo realm; take a new one well before. */
    private static final long TOKEN_REUSE_NANOS = Duration.ofMinutes(4).toNanos();
    private final Duration accountWait;
    private int calls;

    DemoCompanyLoader(String gateway, String keycloak, Duration accountWait) {
        this.gateway = gateway.replaceAll("/$", "");
        this.tokenUrl = keycloak.replaceAll("/$", "") + "/realms/holdfast/protocol/openid-connect/token";
        this.accountWait = accountWait;
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : env("HOLDFAST_GATEWAY_URL", "http://localhost:8080");
        String keycloak = args.length > 1 ? args[1] : env("HOLDFAST_KEYCLOAK_URL", "http://localhost:8180");
        Summary summary = new DemoCompanyLoader(gateway, keycloak, Duration.ofSeconds(60)).load(LocalDate.now(), Instant.now());
        System.out.printf("[demo] demo company loaded: %d employees and %d clients (found or created); new in this run: "
                        + "%d contracts, %d touchpoints, %d issued invoices, %s; %d API calls%n", summary.employees(),
                summary.clients(), summary.contracts(), summary.touchpoints(), summary.invoices(),
                summary.departure() ? "Mark's resignation scheduled" : "no new departure", summary.calls());
    }

    /** What was loaded (created or found). */
    public record Summary(int employees, int contracts, int clients, int touchpoints, int invoices, boolean departure,
                          int calls) {
    }

    Summary load(LocalDate today, Instant now) throws IOException, InterruptedException {
        Map<String, String> employeeIds = new HashMap<>();
        for (Map<String, Object> hire : DemoCompany.employees(today)) {
            String username = (String) hire.get("username");
            Answer answer = send("hanna.hr", "POST", "/api/hr/employees", hire);
            String id = answer.created() ? answer.field("id") : null;
            if (id == null) {
                Answer found = send("hanna.hr", "GET", "/api/hr/employees?q=" + encode(username), null);
                id = found.firstWhere("username", username, "id");
            }
            employeeIds.put(username, id);
        }
        int contracts = 0;
        for (String manager : List.of("anna.manager", "mark.manager")) {
            String id = employeeIds.get(manager);
            // posting the same contract number again would record an amendment: only when there is none yet
            if (id != null && send("hanna.hr", "GET", "/api/hr/employees/" + id + "/contracts", null).isEmptyList()
                    && send("hanna.hr", "POST", "/api/hr/employees/" + id + "/contracts",
                    DemoCompany.contract(manager, today)).created()) {
                contracts++;
            }
        }
        List<Map<String, Object>> clients = DemoCompany.clients(today);
        Map<String, String> clientIds = new HashMap<>();
        int touchpoints = 0;
        for (int i = 0; i < clients.size(); i++) {
            Map<String, Object> client = clients.get(i);
            // looked up first: a client of someone who has given notice meanwhile could not be registered again
            String id = send("olga.owner", "GET", "/api/clients?q=" + encode((String) client.get("taxId")), null)
                    .firstItem("id");
            Answer answer = id == null ? send("olga.owner", "POST", "/api/clients", client) : new Answer(409, null);
            if (id == null) {
                id = answer.created() ? answer.field("id") : null;
            }
            if (id == null) {
                continue;
            }
            clientIds.put((String) client.get("taxId"), id);
            if (answer.created()) {
                for (Map<String, Object> touch : DemoCompany.touchpoints(i, now)) {
                    if (send("olga.owner", "POST", "/api/clients/" + id + "/touchpoints", touch).created()) {
                        touchpoints++;
                    }
                }
            }
        }
        int invoices = 0;
        for (int i = 0; i < clients.size(); i += 2) {
            Map<String, Object> client = clients.get(i);
            String id = clientIds.get((String) client.get("taxId"));
            // a client that has an invoice already was invoiced by an earlier run
            if (id != null && send("fiona.finance", "GET", "/api/finance/invoices?limit=1&clientId=" + encode(id), null)
                    .isEmptyList() && invoice(id, (String) client.get("yearlyRevenue"), i % 4 == 0)) {
                invoices++;
            }
        }
        // Mark gives notice: the dashboard, the handover board and finance's freeze have a story to tell
        boolean departure = false;
        String mark = employeeIds.get("mark.manager");
        if (mark != null) {
            departure = send("hanna.hr", "POST", "/api/hr/employees/" + mark + "/departure", Map.of(
                    "noticeDate", today.toString(), "lastWorkingDay", today.plusDays(30).toString(),
                    "reason", "RESIGNATION")).created();
        }
        return new Summary((int) employeeIds.values().stream().filter(java.util.Objects::nonNull).count(), contracts, clientIds.size(), touchpoints, invoices, departure, calls);
    }

    /** Draft and issue an invoice once finance has opened the client's account (it learns of clients by event). */
    private boolean invoice(String clientId, String yearlyRevenue, boolean partlyPaid)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + accountWait.toNanos();
        Answer draft;
        do {
            draft = send("fiona.finance", "POST", "/api/finance/invoices", DemoCompany.invoice(clientId, yearlyRevenue));
            if (draft.created() || System.nanoTime() > deadline || (draft.status() != 404 && draft.status() != 409
                    && draft.status() != 400)) {
                break;
            }
            Thread.sleep(1000);
        } while (true);
        if (!draft.created()) {
            return false;
        }
        String invoiceId = draft.field("id");
        Answer issued = send("fiona.finance", "POST", "/api/finance/invoices/" + invoiceId + "/issue", Map.of());
        if (issued.created() && partlyPaid) {
            send("fiona.finance", "POST", "/api/finance/invoices/" + invoiceId + "/payments", Map.of(
                    "amount", "100.00", "receivedOn", LocalDate.now().toString(), "reference", "demo"));
        }
        return issued.created();
    }

    record Answer(int status, Object body) {

        boolean created() {
            return status >= 200 && status < 300;
        }

        String field(String name) {
            return body instanceof Map<?, ?> m && m.get(name) != null ? m.get(name).toString() : null;
        }

        /** A 200 answer with an empty JSON array (an error answer is not "empty": nothing is created on it). */
        boolean isEmptyList() {
            return status == 200 && body instanceof List<?> list && list.isEmpty();
        }

        String firstItem(String name) {
            Object items = body instanceof Map<?, ?> m ? m.get("items") : body;
            return items instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?> first
                    && first.get(name) != null ? first.get(name).toString() : null;
        }

        String firstWhere(String key, String value, String name) {
            if (body instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m && value.equals(m.get(key)) && m.get(name) != null) {
                        return m.get(name).toString();
                    }
                }
            }
            return null;
        }
    }

    private Answer send(String username, String method, String path, Object body)
            throws IOException, InterruptedException {
        calls++;
        // stay well under the gateway's per-user rate limit
        Thread.sleep(60);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(username))
                .header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        // a gateway with a lower per-user limit (the system tests lower it) says when to come back
        for (int retry = 0; response.statusCode() == 429 && retry < 20; retry++) {
            long seconds = response.headers().firstValue("Retry-After").map(DemoCompanyLoader::seconds).orElse(1L);
            Thread.sleep(Duration.ofSeconds(Math.clamp(seconds, 1, 10)));
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        Object parsed = response.body() == null || response.body().isBlank() ? null
                : response.body().trim().startsWith("[") || response.body().trim().startsWith("{")
                ? JSON.readValue(response.body(), Object.class) : null;
        if (response.statusCode() >= 400 && response.statusCode() != 409) {
            System.out.printf("[demo] %s %s as %s: %d %s%n", method, path, username, response.statusCode(),
                    response.body().length() > 300 ? response.body().substring(0, 300) : response.body());
        }
        return new Answer(response.statusCode(), parsed);
    }

    private String token(String username) throws IOException, InterruptedException {
        String cached = tokens.get(username);
        if (cached != null && System.nanoTime() - tokenTakenAt.get(username) < TOKEN_REUSE_NANOS) {
            return cached;
        }
        String form = "grant_type=password&client_id=system-tests&username=" + encode(username) + "&password=" + PASSWORD;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.statusCode());
        }
        Object token = JSON.readValue(response.body(), Map.class).get("access_token");
        tokens.put(username, String.valueOf(token));
        tokenTakenAt.put(username, System.nanoTime());
        return String.valueOf(token);
    }

    private static long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
