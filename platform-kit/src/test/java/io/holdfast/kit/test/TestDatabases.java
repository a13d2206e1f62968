package io.holdfast.kit.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.holdfast.kit.db.DatabaseCreator;

/**
 * Fresh PostgreSQL databases for tests, on the server at {@code HOLDFAST_DB_HOST}:{@code HOLDFAST_DB_PORT}
 * (default 127.0.0.1:5432), so that test classes and concurrent runs never see each other's rows. Databases
 * left by earlier runs are dropped once they are a few hours old.
 */
public final class TestDatabases {

    static final String PREFIX = "hft_";
    private static final long STALE_AFTER_SECONDS = 3 * 3600;

    private TestDatabases() {
    }

    public static String host() {
        return env("HOLDFAST_DB_HOST", "127.0.0.1");
    }

    public static String port() {
        return env("HOLDFAST_DB_PORT", "5432");
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

    /** Creates a new, empty database and returns its name. */
    public static synchronized String create() {
        dropStale();
        String name = PREFIX + (System.currentTimeMillis() / 1000) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000000, Integer.MAX_VALUE));
        DatabaseCreator.createIfMissing(url(name), user(), password());
        return name;
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
                    if (parts.length == 3 && parts[1].matches("\\d+") && now - Long.parseLong(parts[1]) > STALE_AFTER_SECONDS) {
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
