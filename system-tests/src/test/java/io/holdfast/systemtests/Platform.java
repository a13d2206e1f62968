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
 * leave no process behind. Each run gets fresh databases, dropped after down (and named like the service tests' so
 * that those of a killed run are dropped after a few hours): a database left by an earlier run with other
 * migrations must not decide this run.
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
        boolean embeddedPostgres = java.nio.file.Files.exists(launcher.root().resolve(".holdfast/data/postgres.embedded"));
        String databasePort = readState("data/postgres.port", "5432");
        Map<String, Long> recorded = new TreeMap<>(launcher.recordedPids());
        if (startedPids != null) {
            startedPids.forEach(recorded::putIfAbsent);
        }
        long started = System.nanoTime();
        Launcher.Result down = launcher.run(Duration.ofMinutes(3), "down");
        System.out.printf("[system-tests] ./holdfast down took %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        try {
            assertThat(down.exitCode()).as("./holdfast down; output:%n%s", down.output()).isZero();
            assertThat(recorded).as("PIDs recorded by the launcher").isNotEmpty();
            recorded.forEach((name, pid) -> assertThat(Launcher.alive(pid)).as("%s (pid %d) still running after down", name, pid).isFalse());
            assertThat(launcher.recordedPids()).as("pid files left after down").isEmpty();
        } finally {
            dropDatabases(embeddedPostgres, databasePort);
        }
    }

    /** This run's four databases go, so that a shared PostgreSQL keeps nothing of the system tests. */
    private void dropDatabases(boolean embeddedPostgres, String port) {
        if (embeddedPostgres) { // the launcher's own server, stopped by down: start it alone for the drop
            launcher.run(Map.of("HOLDFAST_EMBEDDED_POSTGRES", "1"), Duration.ofMinutes(2), "db", "start");
        }
        String prefix = environment.get("HOLDFAST_DB_PREFIX");
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")) {
            for (String service : java.util.List.of("hr", "clients", "finance", "notifications")) {
                c.createStatement().execute("drop database if exists \"" + prefix + service + "\" with (force)");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not drop this run's databases (" + prefix + "*) on port " + port, e);
        } finally {
            if (embeddedPostgres) {
                launcher.run(Duration.ofMinutes(1), "db", "stop");
            }
        }
    }

    private String readState(String path, String fallback) {
        try {
            java.nio.file.Path file = launcher.root().resolve(".holdfast/" + path);
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file).trim() : fallback;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits, looking every half second, until the condition holds; fails naming it when it does not in time. */
    static void waitUntil(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Whether a URL answers 2xx now (a refused connection is a no). */
    static boolean answers(String url) {
        try {
            int status = get(url, null).statusCode();
            return status >= 200 && status < 300;
        } catch (UncheckedIOException refused) {
            return false;
        }
    }

    /** A component's log as the launcher writes it (.holdfast/logs/NAME.log). */
    String logOf(String component) {
        try {
            return java.nio.file.Files.readString(launcher.root().resolve(".holdfast/logs/" + component + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times the supervisor of {@code up --watch} has looked at the components (0 before it started). */
    long supervisorRound() {
        return Long.parseLong(readState("data/supervisor.round", "0"));
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
