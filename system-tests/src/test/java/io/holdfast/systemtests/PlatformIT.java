package io.holdfast.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

/**
 * The whole platform as a developer runs it: {@code ./holdfast up} starts the real Kafka broker, Keycloak with
 * the realm, PostgreSQL, GreenMail, every service, the portal and the gateway; the tests go through the gateway
 * (http://localhost:8080) with real tokens and a real Chromium; {@code ./holdfast down} afterwards must leave no
 * process behind. Ordered because stopping a service and disabling a user change the platform for later tests.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    static final String GATEWAY = Platform.GATEWAY;
    static final List<String> API_PREFIXES = List.of("/api/hr", "/api/clients", "/api/finance", "/api/notifications");

    /*
     * The gateway's own rate-limit settings, made small: with the default budget (20/s, burst 40) this 2-core
     * machine, busy running the whole platform, cannot send requests through fast enough to exceed it reliably.
     */
    static final int RATE_PER_SECOND = 5;
    static final int BURST = 10;

    static Platform platform;
    static Launcher launcher;
    static final Keycloak keycloak = new Keycloak();
    static Map<String, Long> startedPids;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.up(Map.of(
                "HOLDFAST_RATE_LIMIT_PER_SECOND", String.valueOf(RATE_PER_SECOND),
                "HOLDFAST_RATE_LIMIT_BURST", String.valueOf(BURST)));
        launcher = platform.launcher;
        startedPids = platform.startedPids;
    }

    @AfterAll
    static void stopPlatformAndLeaveNothingBehind() {
        if (platform != null) {
            platform.downAndLeaveNothingBehind();
        }
    }

    @Test
    @Order(1)
    void upStartsEveryComponentAndEachAnswersItsReadinessCheck() {
        assertThat(startedPids).containsKeys("kafka", "keycloak", "greenmail", "hr-service", "client-service",
                "finance-service", "notification-service", "portal", "gateway");
        startedPids.forEach((name, pid) -> assertThat(Launcher.alive(pid)).as("%s (pid %d) alive", name, pid).isTrue());
        for (int port : List.of(8080, 8081, 8082, 8083, 8084, 8085)) {
            assertThat(get("http://localhost:" + port + "/actuator/health/readiness", null).statusCode())
                    .as("readiness on port %d", port).isEqualTo(200);
        }
        Launcher.Result status = launcher.run(Duration.ofMinutes(1), "status");
        assertThat(status.output()).containsPattern("gateway\\s+\\d+\\s+yes\\s+yes").containsPattern("keycloak\\s+\\d+\\s+yes\\s+yes");
    }

    @Test
    @Order(2)
    void runningUpAgainStartsNothingTwice() {
        Launcher.Result again = platform.upAgain();

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).doesNotContainPattern("(?m)^  starting ").contains("Holdfast is up: open http://localhost:8080");
        assertThat(launcher.recordedPids()).isEqualTo(startedPids);
    }

    @Test
    @Order(3)
    void apiCallWithoutTokenIsRefusedWith401OnEveryRoute() {
        for (String prefix : API_PREFIXES) {
            assertThat(get(GATEWAY + prefix + "/audit", null).statusCode()).as("%s/audit without a token", prefix).isEqualTo(401);
        }
    }

    @Test
    @Order(4)
    void roleWithoutTheRightGets403AndTheOwnerGets200ThroughTheGateway() {
        String manager = keycloak.userToken("anna.manager");
        String owner = keycloak.userToken("olga.owner");
        assertThat(Keycloak.claims(owner).path("sub").asString()).isEqualTo("11111111-1111-4111-8111-000000000001");

        for (String prefix : API_PREFIXES) {
            HttpResponse<String> refused = get(GATEWAY + prefix + "/audit", manager);
            assertThat(refused.statusCode()).as("%s/audit as account-manager", prefix).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(get(GATEWAY + prefix + "/audit", owner).statusCode()).as("%s/audit as owner", prefix).isEqualTo(200);
        }
    }

    @Test
    @Order(5)
    void tamperedTokenIsRefused() {
        String owner = keycloak.userToken("olga.owner");
        String[] parts = owner.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThat(get(GATEWAY + "/api/hr/audit", forged).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(6)
    void financeSystemClientCredentialsTokenReachesTheFinanceFeed() {
        String token = keycloak.financeSystemToken();
        assertThat(Keycloak.claims(token).path("realm_access").path("roles").toString()).contains("finance-system");

        HttpResponse<String> feed = get(GATEWAY + "/api/finance/feed", token);

        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        assertThat(Keycloak.json().readTree(feed.body()).isObject()).isTrue();
        // the finance system has no business in HR
        assertThat(get(GATEWAY + "/api/hr/audit", token).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void browserLogsInThroughKeycloakSeesTheNameAndLogsOut() {
        try (var browser = new PortalBrowser()) {
            PortalBrowser.Login login = browser.logIn(GATEWAY, "olga.owner", Keycloak.DEMO_PASSWORD);
            assertThat(login.loginPageUrl()).startsWith(Keycloak.REALM_URL + "/protocol/openid-connect/auth");
            assertThat(login.landedOn()).startsWith(GATEWAY);
            assertThat(login.signedInText()).contains("Olga").contains("olga.owner");

            String afterLogout = browser.logOutAndReopen(GATEWAY);
            // the Keycloak session ended too: opening the portal again asks for the password
            assertThat(afterLogout).startsWith(Keycloak.REALM_URL + "/protocol/openid-connect/auth");
        }
    }

    @Test
    @Order(8)
    void burstBeyondTheLimitGets429WithRetryAfter() throws Exception {
        String token = keycloak.userToken("leo.legal");
        List<Callable<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            burst.add(() -> get(GATEWAY + "/api/clients/audit?limit=1", token));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<HttpResponse<String>> f : pool.invokeAll(burst)) {
                answers.add(f.get());
            }
        }
        List<HttpResponse<String>> limited = answers.stream().filter(r -> r.statusCode() == 429).toList();
        System.out.printf("[system-tests] burst of %d: %d answered 200, %d answered 429%n", answers.size(),
                answers.stream().filter(r -> r.statusCode() == 200).count(), limited.size());

        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 429));
        assertThat(limited).isNotEmpty();
        assertThat(limited.getFirst().headers().firstValue("Retry-After")).isPresent()
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(limited.getFirst().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Keycloak.json().readTree(limited.getFirst().body()).path("status").asInt()).isEqualTo(429);
        // another person has their own budget
        assertThat(get(GATEWAY + "/api/clients/audit?limit=1", keycloak.userToken("olga.owner")).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(9)
    void stoppedServiceYieldsThe503ProblemAnswerOnItsRoute() {
        String owner = keycloak.userToken("olga.owner");
        long pid = startedPids.get("notification-service");

        Launcher.Result stop = launcher.run(Duration.ofMinutes(1), "stop", "notification-service");

        assertThat(stop.exitCode()).as(stop.output()).isZero();
        assertThat(Launcher.alive(pid)).isFalse();
        HttpResponse<String> answer = get(GATEWAY + "/api/notifications/audit", owner);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Keycloak.json().readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        // the other routes are unaffected
        assertThat(get(GATEWAY + "/api/hr/audit", owner).statusCode()).isEqualTo(200);
        assertThat(launcher.run(Duration.ofMinutes(1), "status").output()).containsPattern("notification-service\\s+-\\s+no");
    }

    @Test
    @Order(10)
    void upAgainStartsOnlyTheStoppedService() {
        Map<String, Long> before = launcher.recordedPids();
        assertThat(before).doesNotContainKey("notification-service");

        Launcher.Result up = platform.upAgain();

        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).containsPattern("(?m)^  starting notification-service").doesNotContainPattern("(?m)^  starting (?!notification-service)");
        Map<String, Long> after = launcher.recordedPids();
        before.forEach((name, pid) -> assertThat(after.get(name)).as(name).isEqualTo(pid));
        assertThat(get(GATEWAY + "/api/notifications/audit", keycloak.userToken("olga.owner")).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(11)
    void aServiceKilledWithSignal9IsStartedAgainByUpRightAway() {
        long killed = launcher.recordedPids().get("client-service");
        ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // SIGKILL: it lingers as a zombie for a while

        long started = System.nanoTime();
        Launcher.Result up = platform.upAgain();

        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).containsPattern("(?m)^  starting client-service").doesNotContainPattern("(?m)^  starting (?!client-service)");
        assertThat(launcher.recordedPids().get("client-service")).isNotEqualTo(killed);
        assertThat(get(GATEWAY + "/api/clients?limit=1", keycloak.userToken("olga.owner")).statusCode()).isEqualTo(200);
        System.out.printf("[system-tests] client-service back %d s after kill -9 and ./holdfast up%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    @Test
    @Order(12)
    void theSupervisorOfUpWatchRestartsAKilledServiceAndLeavesAStoppedOneStopped() {
        Launcher.Result watch = launcher.run(platform.environment, Duration.ofMinutes(5), "up", "--watch");
        assertThat(watch.exitCode()).as(watch.output()).isZero();
        assertThat(launcher.recordedPids()).containsKey("supervisor");
        long killed = launcher.recordedPids().get("finance-service");

        long started = System.nanoTime();
        ProcessHandle.of(killed).orElseThrow().destroyForcibly();

        Platform.waitUntil(Duration.ofMinutes(3), "finance-service restarted by the supervisor and ready", () -> {
            Long now = launcher.recordedPids().get("finance-service");
            return now != null && now != killed && Platform.answers("http://localhost:8083/actuator/health/readiness");
        });
        System.out.printf("[system-tests] the supervisor brought finance-service back %d s after kill -9%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertThat(get(GATEWAY + "/api/finance/audit", keycloak.userToken("olga.owner")).statusCode()).isEqualTo(200);
        assertThat(platform.logOf("supervisor")).contains("finance-service (pid " + killed + ") is not running: starting it again");

        // what a person stops stays stopped
        assertThat(launcher.run(Duration.ofMinutes(1), "stop", "notification-service").exitCode()).isZero();
        long round = platform.supervisorRound();
        Platform.waitUntil(Duration.ofSeconds(60), "the supervisor has looked twice since", () -> platform.supervisorRound() >= round + 2);
        String supervisorLog = platform.logOf("supervisor");
        assertThat(launcher.recordedPids()).doesNotContainKey("notification-service");
        assertThat(supervisorLog).doesNotContain("notification-service (pid");
        assertThat(platform.upAgain().exitCode()).isZero();
    }

    /*
     * Disables a demo user in Keycloak, so it runs last; the next ./holdfast up imports the realm afresh.
     */
    @Test
    @Order(13)
    void departedEmployeeCannotLogInAndTheirEarlierTokenIsRefusedByEveryService() throws Exception {
        String markId = "11111111-1111-4111-8111-000000000004";
        String hr = keycloak.userToken("hanna.hr");
        String markEarlierToken = keycloak.userToken("mark.manager");
        for (String prefix : API_PREFIXES) {
            assertThat(get(GATEWAY + prefix + "/audit", markEarlierToken).statusCode()).as("%s before the departure", prefix).isEqualTo(403);
        }
        HttpResponse<String> hired = send("POST", GATEWAY + "/api/hr/employees", hr, Map.of(
                "userId", markId, "username", "mark.manager", "fullName", "Mark Manager",
                "workEmail", "mark.manager@holdfast.example.com", "personalEmail", "mark.private@example.com",
                "position", "Account manager", "team", "north", "roles", List.of("account-manager"),
                "language", "en", "hireDate", "2024-01-15"));
        assertThat(hired.statusCode()).as(hired.body()).isEqualTo(201);
        String employeeId = Keycloak.json().readTree(hired.body()).path("id").asString();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        HttpResponse<String> scheduled = send("POST", GATEWAY + "/api/hr/employees/" + employeeId + "/departure", hr,
                Map.of("noticeDate", today, "lastWorkingDay", today, "reason", "RESIGNATION"));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        HttpResponse<String> completed = send("POST", GATEWAY + "/api/hr/employees/" + employeeId + "/departure/complete", hr, null);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);

        // EmployeeDeparted reaches every service's deny-list through Kafka; Keycloak is told through its admin API
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Map<String, Integer> answers;
        Keycloak.TokenAnswer login;
        do {
            Thread.sleep(1000);
            answers = new java.util.TreeMap<>();
            for (String prefix : API_PREFIXES) {
                answers.put(prefix, get(GATEWAY + prefix + "/audit", markEarlierToken).statusCode());
            }
            login = keycloak.passwordGrant("mark.manager");
        } while ((answers.values().stream().anyMatch(s -> s != 401) || login.status() == 200) && System.nanoTime() < deadline);

        assertThat(answers).as("mark's earlier token per service").allSatisfy((prefix, status) -> assertThat(status).isEqualTo(401));
        assertThat(login.status()).as("mark.manager's login after the departure: %s", login.body()).isEqualTo(400);
        assertThat(login.body().path("error").asString()).isEqualTo("invalid_grant");
        // others are unaffected
        assertThat(get(GATEWAY + "/api/hr/audit", keycloak.userToken("olga.owner")).statusCode()).isEqualTo(200);

        // notification-service wrote to his personal address about his obligations: read it from GreenMail's API
        JsonNode inbox;
        long mailDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            inbox = Platform.mailTo("mark.private@example.com");
            if (!inbox.isEmpty()) {
                break;
            }
            Thread.sleep(1000);
        } while (System.nanoTime() < mailDeadline);
        assertThat(inbox.isArray()).isTrue();
        assertThat(inbox.size()).as("e-mails to mark.private@example.com in GreenMail").isPositive();
    }

    static HttpResponse<String> send(String method, String url, String bearer, Object body) {
        return Platform.send(method, url, bearer, body);
    }

    static HttpResponse<String> get(String url, String bearer) {
        return Platform.get(url, bearer);
    }
}
