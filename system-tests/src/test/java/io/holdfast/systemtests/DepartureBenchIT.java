package io.holdfast.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code bench/run departure}: a manager of N clients (10,000 by default) among M others (100,000) departs, on the
 * launcher's platform (real Kafka, PostgreSQL, GreenMail as the SMTP server, Keycloak). Timed from scheduling to the
 * point where every plan, reassignment, finance freeze, billing statement and introduction letter has been accepted
 * by the SMTP server, beside floors measured in the same run: (a) plain Kafka produce and consume of the same
 * number of events plus a PostgreSQL batch insert of the same rows; (b) the SMTP server taking the same number of
 * letters of the same size from a plain client; (c) — measured by {@code LetterRenderBench} in notification-service,
 * run by the same command just before. Never part of {@code ./mvnw verify}: it runs only with
 * {@code -Ddeparture.bench=true}.
 */
@EnabledIfSystemProperty(named = "departure.bench", matches = "true")
class DepartureBenchIT {

    static final String OLGA = "11111111-1111-4111-8111-000000000001";
    /** Anna leaves: in the demo company Mark is already in notice, and nobody in notice takes new clients. */
    static final String LEAVER = "11111111-1111-4111-8111-000000000003";
    static final String CLIENTS_API = "http://localhost:8082/api/clients";

    final int clients = Integer.getInteger("departure.bench.clients", 10_000);
    final int others = Integer.getInteger("departure.bench.others", 100_000);
    final Keycloak keycloak = new Keycloak();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String run = UUID.randomUUID().toString().substring(0, 6);
    volatile long letterSize;
    Runnable capture = () -> { };

    @Test
    void departure() throws Exception {
        Platform platform = Platform.up(Map.of("HOLDFAST_GREENMAIL_XMX", "1536m"), "--demo");
        try {
            String prefix = platform.environment.get("HOLDFAST_DB_PREFIX");
            long setupStart = System.nanoTime();
            loadOthers(prefix);
            registerTheLeaversClients();
            try (Connection notifications = db(prefix + "notifications"); Connection finance = db(prefix + "finance")) {
                waitFor("notification-service and finance-service know every client", Duration.ofMinutes(20), () ->
                        count(notifications, "select count(*) from client where account_manager_user_id = '" + LEAVER + "'") >= clients
                                && count(finance, "select count(*) from billing_account") >= clients);
                System.out.printf("[bench] setup: %d others by SQL, %d clients of anna.manager by the API, in %d s%n",
                        others, clients, seconds(setupStart));

                // --- timed: the departure ---------------------------------------------------------------------
                String hr = keycloak.userToken("hanna.hr");
                String markEmployee = employeeId(hr, "anna.manager");
                String today = LocalDate.now(ZoneOffset.UTC).toString();
                String since = string(notifications, "select now()::text");
                long t0 = System.nanoTime();
                HttpResponse<String> scheduled = Platform.send("POST", Platform.GATEWAY + "/api/hr/employees/" + markEmployee
                        + "/departure", hr, Map.of("noticeDate", today, "lastWorkingDay",
                                LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(), "reason", "RESIGNATION"));
                assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
                String departureId = Keycloak.json().readTree(scheduled.body()).path("departure").path("id").asString();
                if (departureId.isEmpty()) {
                    departureId = Keycloak.json().readTree(scheduled.body()).path("id").asString();
                }
                String departure = departureId;
                capture = () -> captureLetterSize(notifications, departure);

                try (Connection clientsDb = db(prefix + "clients")) {
                    long frozen = waitFor("the finance freeze covers every client", Duration.ofMinutes(10), () ->
                            count(finance, "select count(*) from billing_freeze_client where departure_id = '" + departure + "'") >= clients);
                    long planned = waitFor("every client has a plan", Duration.ofMinutes(10), () ->
                            count(clientsDb, "select count(*) from handover_plan where departure_id = '" + departure + "'") >= clients);
                    String owner = keycloak.userToken("olga.owner");
                    HttpResponse<String> approved = Platform.send("POST", Platform.GATEWAY + "/api/clients/handovers/"
                            + departure + "/approve", owner, Map.of("reassignOn", today));
                    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
                    long reassigned = waitFor("every client is reassigned", Duration.ofMinutes(10), () ->
                            count(clientsDb, "select count(*) from handover_plan where departure_id = '" + departure
                                    + "' and status = 'REASSIGNED'") >= clients);
                    long statements = waitFor("every billing statement is accepted by SMTP", Duration.ofMinutes(30), () ->
                            count(notifications, "select count(*) from delivery where template = 'BILLING_STATEMENT' and status = 'SENT'") >= clients);
                    long letters = waitFor("every introduction letter is accepted by SMTP", Duration.ofMinutes(30), () ->
                            count(notifications, "select count(*) from delivery where departure_id = '" + departure
                                    + "' and status = 'SENT'") >= clients);
                    long everything = Math.max(letters, statements);
                    // the staff side: each person's messages about this departure, once its briefings are out
                    waitFor("the briefings are sent", Duration.ofMinutes(5), () -> count(notifications,
                            "select count(*) from briefing where departure_id = '" + departure + "' and sent_at is null") == 0
                            && count(notifications, "select count(*) from briefing where departure_id = '" + departure + "'") > 0);
                    // every staff e-mail planned since the departure was scheduled (nothing else happens meanwhile)
                    long maxPerPerson = count(notifications, """
                            select coalesce(max(n), 0) from (select recipient_user_id, count(*) n from delivery
                            where channel = 'EMAIL' and recipient_user_id is not null and created_at >= '%s'::timestamptz
                            group by recipient_user_id) per_person""".formatted(since));
                    long briefingMax = count(notifications, """
                            select coalesce(max(n), 0) from (select recipient_user_id, count(*) n from delivery
                            where channel = 'EMAIL' and template = 'DEPARTURE_BRIEFING' and created_at >= '%s'::timestamptz
                            group by recipient_user_id) b""".formatted(since));
                    System.out.println("[bench] staff e-mails since scheduling: " + string(notifications, """
                            select coalesce(string_agg(template || ' x' || n, ', '), '-') from (select template, count(*) n
                            from delivery where channel = 'EMAIL' and recipient_user_id is not null
                              and created_at >= '%s'::timestamptz group by template) t""".formatted(since)));
                    long letterBytes = letterSize > 0 ? letterSize : 60_000;

                    // --- floors, same run, same machine -----------------------------------------------------------
                    long floorA = kafkaAndPostgresFloor(prefix, 3 * clients);
                    long floorB = smtpFloor(clients, (int) letterBytes);

                    double plansReassignFreeze = Math.max(Math.max(ms(frozen - t0), ms(planned - t0)), ms(reassigned - t0));
                    System.out.println();
                    System.out.printf("DEPARTURE-BENCH clients=%d others=%d cores=%d%n", clients, others,
                            Runtime.getRuntime().availableProcessors());
                    System.out.printf("  finance freeze of every client          %8.1f s%n", ms(frozen - t0) / 1000);
                    System.out.printf("  every plan made                         %8.1f s%n", ms(planned - t0) / 1000);
                    System.out.printf("  every client reassigned (approved then) %8.1f s%n", ms(reassigned - t0) / 1000);
                    System.out.printf("  every billing statement accepted        %8.1f s%n", ms(statements - t0) / 1000);
                    System.out.printf("  every introduction letter accepted      %8.1f s (one e-mail: %d KB)%n",
                            ms(letters - t0) / 1000, letterBytes / 1024);
                    System.out.printf("  everything                              %8.1f s%n", ms(everything - t0) / 1000);
                    System.out.printf("  floor (a) plain Kafka, %d events produced and consumed, and a PG batch of as many rows: %.1f s"
                            + " -> freeze, plans and reassignment at %.2fx%n", 3 * clients, floorA / 1000.0, plansReassignFreeze / floorA);
                    System.out.printf("  floor (b) SMTP taking %d letters of that size from a plain client: %.1f s -> letters at %.2fx"
                            + " (the service sent %d client e-mails: letters and statements)%n", clients, floorB / 1000.0,
                            ms(letters - t0) / floorB, 2 * clients);
                    System.out.printf("  e-mails per member of staff about this departure: max %d (of them briefings: max %d)%n",
                            maxPerPerson, briefingMax);
                }
            }
        } finally {
            platform.downAndLeaveNothingBehind();
        }
    }

    // --- setup -------------------------------------------------------------------------------------------------

    /** The rest of the company's book, straight into client-service's tables (they take no part in the departure). */
    private void loadOthers(String prefix) throws SQLException {
        try (Connection c = db(prefix + "clients"); Statement s = c.createStatement()) {
            s.execute("""
                    insert into client (id, name, tax_id, segment, team, account_manager_user_id, executive_sponsor_user_id,
                        client_since, yearly_revenue, currency, language)
                    select gen_random_uuid(), 'Other client ' || g, 'OTHER-%s-' || g, 'retail', 'south',
                        '22222222-2222-4222-8222-' || lpad((g %% 100)::text, 12, '0'), '%s', date '2020-01-01', 1000, 'EUR', 'en'
                    from generate_series(1, %d) g""".formatted(run, OLGA, others));
            s.execute("analyze client");
        }
    }

    private void registerTheLeaversClients() throws Exception {
        long t = System.nanoTime();
        String owner = keycloak.userToken("olga.owner");
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            if (i > 0 && i % 2000 == 0) {
                owner = keycloak.userToken("olga.owner");
            }
            String body = Keycloak.json().writeValueAsString(Map.ofEntries(
                    Map.entry("name", "Bench client " + i), Map.entry("taxId", "BENCH-" + run + "-" + i),
                    Map.entry("segment", "retail"), Map.entry("team", "north"), Map.entry("accountManagerUserId", LEAVER),
                    Map.entry("executiveSponsorUserId", OLGA), Map.entry("clientSince", "2021-03-01"),
                    Map.entry("yearlyRevenue", "12000.00"), Map.entry("currency", "EUR"),
                    Map.entry("language", i % 5 == 0 ? "ru" : "en"),
                    Map.entry("contacts", List.of(Map.of("name", "Contact " + i, "role", "CEO",
                            "email", "c" + i + "." + run + "@bench-client.example.com", "primary", true, "billing", true)))));
            inFlight.acquire();
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(CLIENTS_API)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + owner).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> inFlight.release()));
        }
        List<HttpResponse<String>> refused = answers.stream().map(CompletableFuture::join)
                .filter(r -> r.statusCode() != 201).toList();
        assertThat(refused).as("registrations refused; first: %s", refused.isEmpty() ? "" : refused.getFirst().body())
                .isEmpty();
        System.out.printf("[bench] %d clients registered through client-service's API in %d s%n", clients, seconds(t));
    }

    private String employeeId(String hr, String username) {
        HttpResponse<String> list = Platform.get(Platform.GATEWAY + "/api/hr/employees?limit=200", hr);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        var root = Keycloak.json().readTree(list.body());
        var items = root.isArray() ? root : root.path("items");
        for (var e : items) {
            if (username.equals(e.path("username").asString())) {
                return e.path("id").asString();
            }
        }
        throw new AssertionError("no employee " + username + " in " + list.body());
    }

    /** The size of one real introduction e-mail, read from GreenMail before it is emptied. */
    private void captureLetterSize(Connection notifications, String departure) {
        if (letterSize > 0) {
            return;
        }
        try (Statement st = notifications.createStatement(); ResultSet rs = st.executeQuery(
                "select recipient from delivery where departure_id = '" + departure + "' and status = 'SENT' limit 1")) {
            if (rs.next()) {
                for (var m : Platform.mailTo(rs.getString(1))) {
                    String raw = m.path("mimeMessage").asString("");
                    if (raw.contains("application/pdf")) {
                        letterSize = raw.length();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- floors ------------------------------------------------------------------------------------------------

    /** (a) the same number of events through plain Kafka clients, and the same rows in one PostgreSQL batch. */
    private long kafkaAndPostgresFloor(String prefix, int events) throws Exception {
        String topic = "bench.floor." + run;
        String payload = "x".repeat(700); // about one HandoverPlanned event
        long t = System.nanoTime();
        Properties p = new Properties();
        p.put("bootstrap.servers", "localhost:9092");
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < events; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + (i % 1000), payload));
            }
            producer.flush();
        }
        Properties c = new Properties();
        c.put("bootstrap.servers", "localhost:9092");
        c.put("group.id", "bench-floor-" + run);
        c.put("auto.offset.reset", "earliest");
        c.put("isolation.level", "read_committed");
        int seen = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (seen < events) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                seen += records.count();
            }
            consumer.commitSync();
        }
        try (Connection db = db(prefix + "clients")) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("create temporary table bench_floor (id uuid primary key, client_id uuid, payload text)");
            }
            try (PreparedStatement insert = db.prepareStatement("insert into bench_floor values (?, ?, ?)")) {
                for (int i = 0; i < events; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, UUID.randomUUID());
                    insert.setString(3, payload);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** (b) the SMTP server taking the same number of letters of the same size from one plain client connection. */
    private long smtpFloor(int letters, int bytes) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", "3025");
        // TCP_NODELAY, as the service sets it: without it each message waits ~45 ms for a delayed ACK and the floor
        // would be ten times too slow to mean anything
        props.put("mail.smtp.socketFactory", new javax.net.SocketFactory() {
            @Override
            public java.net.Socket createSocket() throws java.io.IOException {
                java.net.Socket s = new java.net.Socket();
                s.setTcpNoDelay(true);
                return s;
            }

            @Override
            public java.net.Socket createSocket(String host, int port) throws java.io.IOException {
                java.net.Socket s = new java.net.Socket(host, port);
                s.setTcpNoDelay(true);
                return s;
            }

            @Override
            public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort)
                    throws java.io.IOException {
                java.net.Socket s = new java.net.Socket(host, port, local, localPort);
                s.setTcpNoDelay(true);
                return s;
            }

            @Override
            public java.net.Socket createSocket(java.net.InetAddress host, int port) throws java.io.IOException {
                java.net.Socket s = new java.net.Socket(host, port);
                s.setTcpNoDelay(true);
                return s;
            }

            @Override
            public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local,
                    int localPort) throws java.io.IOException {
                java.net.Socket s = new java.net.Socket(host, port, local, localPort);
                s.setTcpNoDelay(true);
                return s;
            }
        });
        Session session = Session.getInstance(props);
        byte[] attachment = new byte[bytes * 3 / 4];
        new java.util.Random(1).nextBytes(attachment);
        long t = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < letters; i++) {
                MimeMessage m = new MimeMessage(session);
                m.setFrom("bench@holdfast.example.com");
                m.setRecipients(jakarta.mail.Message.RecipientType.TO, "floor" + i + "." + run + "@bench-floor.example.com");
                m.setSubject("floor " + i);
                var multipart = new jakarta.mail.internet.MimeMultipart();
                var text = new jakarta.mail.internet.MimeBodyPart();
                text.setText("A letter of the same size as an introduction letter.");
                var pdf = new jakarta.mail.internet.MimeBodyPart();
                pdf.setContent(attachment, "application/pdf");
                pdf.setFileName("floor.pdf");
                multipart.addBodyPart(text);
                multipart.addBodyPart(pdf);
                m.setContent(multipart);
                m.saveChanges();
                transport.sendMessage(m, m.getAllRecipients());
                if (i % 2000 == 1999) {
                    purgeMail();
                }
            }
        }
        long elapsed = (System.nanoTime() - t) / 1_000_000;
        purgeMail();
        return elapsed;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** GreenMail keeps every message in memory: the bench empties it as it goes (the counts are in the database). */
    private void purgeMail() {
        try {
            http.send(HttpRequest.newBuilder(URI.create(Platform.GREENMAIL_API + "/api/mail/purge"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            System.out.println("[bench] could not purge GreenMail: " + e);
        }
    }

    /** Waits for the condition with {@link Platform#waitUntil}, emptying GreenMail every 5 s meanwhile; returns when. */
    private long waitFor(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
        long[] lastPurge = { System.nanoTime() };
        Platform.waitUntil(timeout, what, () -> {
            if (System.nanoTime() - lastPurge[0] > 5_000_000_000L) {
                capture.run();
                purgeMail();
                lastPurge[0] = System.nanoTime();
            }
            return condition.getAsBoolean();
        });
        long at = System.nanoTime();
        System.out.printf("[bench] %s%n", what);
        return at;
    }

    private static Connection db(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
    }

    private static long count(Connection c, String sql) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String string(Connection c, String sql) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static long seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000L;
    }
}
