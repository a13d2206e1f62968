package io.holdfast.kit.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Creates the service's PostgreSQL database before the first {@link DataSource} is initialised, when it does
 * not exist yet. Safe when several instances start at once: "already exists" counts as success.
 */
public class DatabaseCreator implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    private final Environment environment;
    private volatile boolean done;

    DatabaseCreator(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (!done && bean instanceof DataSource) {
            createIfMissing(environment.getProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
            done = true;
        }
        return bean;
    }

    /** Creates the database named in a PostgreSQL JDBC URL if it does not exist. */
    public static void createIfMissing(String url, String user, String password) {
        if (url == null) {
            return;
        }
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            log.debug("Not a plain PostgreSQL URL, not creating a database: {}", url);
            return;
        }
        String database = m.group(2);
        String maintenanceUrl = m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = DriverManager.getConnection(maintenanceUrl, user, password == null ? "" : password)) {
            try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (var create = c.createStatement()) {
                create.execute("create database \"" + database + "\"");
                log.info("Created database {}", database);
            } catch (SQLException e) {
                // 42P04 duplicate_database, 23505 unique_violation: another instance created it first
                if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + maintenanceUrl
                    + " to create database '" + database + "': " + e.getMessage()
                    + ". Is PostgreSQL running? (set HOLDFAST_DB_HOST / HOLDFAST_DB_PORT to point elsewhere)", e);
        }
    }
}
