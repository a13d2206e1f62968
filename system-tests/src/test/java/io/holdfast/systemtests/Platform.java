package io.holdfast.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of the whole platform for a test class: {@code ./holdfast down} (a leftover from an interrupted run would
 * hold the ports), {@code ./holdfast up} with the class's settings, and at the end {@code ./holdfast down}, which must
 * leave no process behind. Each run gets fresh databases (named like the service tests' so that they are dropped
 * after a few hours): a database left by an earlier run with other migrations must not decide this run.
 */
final class Platform {

    static final String GATEWAY = "http://localhost:8080";
    static final String GREENMAIL_API = "http://127.0.0.1:3080";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Launcher launcher = Launcher.fromBuild();
    final Map<String, String> environment;
    Map<String, Long> startedPids;

    private Platform(Map<String, String> settings) {
        Map<String, String> env = new TreeMap<>(settings);
        env.put("HOLDFAST_DB_PREFIX", "hft_" + System.currentTimeMillis() / 1000 + "_");
        this.environment = Map.copyOf(env);
    }

    /** Starts the platform with these extra environment settings and the given {@code up} options. */
    static Platform up(Map<String, String> settings, String... upOptions) {
        Platform platform = new Platform(settings);
        platform.launcher.run(Duration.ofMinutes(2), "down");
        String[] args = new String[upOptions.length + 1];
        args[0] = "up";
        System.arraycopy(upOptions, 0, args, 1, upOptions.length);
        long started = System.nanoTime();
        Launcher.Result up = platform.launcher.run(platform.environment, Duration.ofMinutes(15), args);
        System.out.printf("[system-tests] ./holdfast %s took %d s%n", String.join(" ", args),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertThat(up.exitCode()).as("./holdfast %s exit code; output:%n%s", String.join(" ", args), up.output()).isZero();
        platform.startedPids = platform.launcher.recordedPids();
        return platform;
    }

    /** {@code ./holdfast up} again with the same settings (starts what is not running). */
    Launcher.Result upAgain() {
        return launcher.run(environment, Duration.ofMinutes(5), "up");
    }

    /** {@code ./holdfast down}, then no process the launcher started may be alive and no pid file left. */
    void downAndLeaveNothingBehind() {
        Map<String, Long> recorded = new TreeMap<>(launcher.recordedPids());
        if (startedPids != null) {
            startedPids.forEach(recorded::putIfAbsent);
        }
        long started = System.nanoTime();
        Launcher.Result down = launcher.run(Duration.ofMinutes(3), "down");
        System.out.printf("[system-tests] ./holdfast down took %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertThat(down.exitCode()).as("./holdfast down; output:%n%s", down.output()).isZero();
        assertThat(recorded).as("PIDs recorded by the launcher").isNotEmpty();
        recorded.forEach((name, pid) -> assertThat(Launcher.alive(pid)).as("%s (pid %d) still running after down", name, pid).isFalse());
        assertThat(launcher.recordedPids()).as("pid files left after down").isEmpty();
    }

    static HttpResponse<String> get(String url, String bearer) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    static HttpResponse<String> send(String method, String url, String bearer, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Keycloak.json().writeValueAsString(body))));
    }

    /** The e-mails GreenMail (the launcher's SMTP server) holds for an address, as its API lists them. */
    static tools.jackson.databind.JsonNode mailTo(String address) {
        HttpResponse<String> messages = get(GREENMAIL_API + "/api/user/" + address + "/messages/INBOX", null);
        return messages.statusCode() == 200 ? Keycloak.json().readTree(messages.body()) : Keycloak.json().createArrayNode();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
