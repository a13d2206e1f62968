package io.holdfast.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.contracts.crm.Contact;
import io.holdfast.contracts.crm.HandoverPlanned;
import io.holdfast.contracts.notify.Channel;
import io.holdfast.kit.inbox.Inbox;
import io.holdfast.kit.test.CloudEvents;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.notifications.delivery.Deliveries;
import io.holdfast.notifications.delivery.NewDelivery;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A departure at the scale of a real book of clients, against a real SMTP server (GreenMail), PostgreSQL and
 * Kafka: every client gets its letter, client mail goes before staff mail, and each member of staff gets one
 * message about the departure, never one per client.
 */
@HoldfastIntegrationTest
class DepartureMailIT {

    static final int SMTP_PORT = NotificationFlowIT.freePort();
    static final int CLIENTS = 40;
    static GreenMail smtp;

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inbox inbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    Deliveries deliveries;
    @Autowired
    TransactionTemplate tx;

    @DynamicPropertySource
    static void smtpAndShortQuietPeriod(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("holdfast.notifications.delivery.poll-interval", () -> "200ms");
        registry.add("holdfast.notifications.briefing.poll-interval", () -> "200ms");
        registry.add("holdfast.notifications.briefing.quiet-period", () -> "5s");
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aDepartureOfManyClientsGivesEveryClientItsLetterAndEachMemberOfStaffOneMessage() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String leaver = UUID.randomUUID().toString();
        String successor = UUID.randomUUID().toString();
        String sponsor = UUID.randomUUID().toString();
        String departure = "dep-" + tag;
        long processed = inbox.count("dispatch", Inbox.Outcome.PROCESSED);
        send(NotificationFlowIT.hired(leaver, "Lev Leaver", "lev." + tag + "@example.com", "north", List.of("account-manager"), "en"));
        send(NotificationFlowIT.hired(successor, "Sam Successor", "sam." + tag + "@example.com", "north", List.of("account-manager"), "en"));
        send(NotificationFlowIT.hired(sponsor, "Vera Sponsor", "vera." + tag + "@example.com", "board", List.of("owner"), "ru"));
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String clientId = UUID.randomUUID().toString();
            clients.add(clientId);
            send(new ClientRegistered(clientId, 1, "Client %02d %s".formatted(i, tag), "77" + i, "retail", "north", leaver,
                    sponsor, LocalDate.now().minusYears(2), null, "en", List.of(new Contact("k-1", "Contact " + i, "CEO",
                            "contact" + i + "." + tag + "@client.example.com", null, true, true)), Instant.now()));
        }
        awaitProcessed(processed + 3 + CLIENTS);

        LocalDate due = LocalDate.now().plusDays(5);
        LocalDate lastDay = LocalDate.now().plusDays(20);
        send(new io.holdfast.contracts.hr.DepartureScheduled("e-" + leaver, 2, departure, leaver, "lev", "Lev Leaver",
                "north", null, LocalDate.now(), lastDay, io.holdfast.contracts.hr.DepartureScheduled.Reason.RESIGNATION,
                "u-hr", 12, lastDay.plusMonths(12), Instant.now()));
        for (int i = 0; i < CLIENTS; i++) {
            send(new HandoverPlanned(clients.get(i), 2, "plan-" + i + tag, departure, leaver, successor, sponsor,
                    "Client %02d %s".formatted(i, tag), List.of(
                            new HandoverPlanned.Task(HandoverPlanned.Task.Kind.EXECUTIVE_CALL, due, sponsor),
                            new HandoverPlanned.Task(HandoverPlanned.Task.Kind.CONTACT_REVIEW, due.plusDays(1), successor)),
                    Instant.now()));
            send(new ClientReassigned(clients.get(i), 3, "Client %02d %s".formatted(i, tag), leaver, successor, sponsor,
                    ClientReassigned.Reason.DEPARTURE, "plan-" + i + tag, departure, Instant.now()));
        }
        awaitProcessed(processed + 4 + 3L * CLIENTS);

        // every client's letter, with its PDF, accepted by the mail server
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("@client.example.com", tag).size() == CLIENTS);
        String owner = "Bearer " + TestTokens.withRoles("owner");
        mvc.perform(get("/api/notifications/departures/" + departure + "/letters").header("Authorization", owner))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(CLIENTS))
                .andExpect(jsonPath("$.sent").value(CLIENTS)).andExpect(jsonPath("$.pending").value(0));
        mvc.perform(get("/api/notifications/departures/" + departure + "/letters")
                .header("Authorization", "Bearer " + TestTokens.withRoles("account-manager"))).andExpect(status().isForbidden());

        // one briefing each, by e-mail and in the feed, once the departure's events have gone quiet
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) from briefing where departure_id = :d and sent_at is not null""")
                .param("d", departure).query(Long.class).single() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("sam." + tag, "").size() == 1
                && mailsTo("vera." + tag, "").size() == 1);
        MimeMessage toSuccessor = mailsTo("sam." + tag, "").getFirst();
        assertThat(toSuccessor.getSubject()).isEqualTo("Lev Leaver is leaving on %s: %d client(s) and %d task(s) for you"
                .formatted(lastDay, CLIENTS, CLIENTS));
        assertThat(NotificationFlowIT.textPart(toSuccessor, "text/plain")).contains("Client 00 " + tag)
                .contains("… and " + (CLIENTS - 20) + " more").contains("/staff/departures/" + departure);
        MimeMessage toSponsor = mailsTo("vera." + tag, "").getFirst();
        // the sponsor is an owner: told of the departure and given the executive calls, in one message
        assertThat(toSponsor.getSubject()).startsWith("Lev Leaver увольняется " + lastDay).contains("клиентов — 0")
                .contains("задач — " + CLIENTS);
        assertThat(NotificationFlowIT.textPart(toSponsor, "text/plain")).contains("Клиентов в ведении: " + CLIENTS);
        assertThat(staffDeliveries(successor, sponsor)).containsExactlyInAnyOrder(
                "DEPARTURE_BRIEFING EMAIL " + successor, "DEPARTURE_BRIEFING IN_APP " + successor,
                "DEPARTURE_BRIEFING EMAIL " + sponsor, "DEPARTURE_BRIEFING IN_APP " + sponsor);

        // the client letters went first: every one was accepted before either briefing
        assertThat(jdbc.sql("""
                select (select max(delivered_at) from delivery where departure_id = :d)
                     <= (select min(delivered_at) from delivery where template = 'DEPARTURE_BRIEFING' and channel = 'EMAIL'
                         and recipient_user_id in (:s, :v))""").param("d", departure).param("s", successor)
                .param("v", sponsor).query(Boolean.class).single()).isTrue();

        // a late event of the same departure (a client reassigned after the briefing) sends its letter, and no
        // second message to the successor: the board and the daily digest carry it
        String late = UUID.randomUUID().toString();
        long before = inbox.count("dispatch", Inbox.Outcome.PROCESSED);
        send(new ClientRegistered(late, 1, "Late Client " + tag, "7799", "retail", "north", leaver, sponsor,
                LocalDate.now().minusYears(1), null, "en", List.of(new Contact("k-1", "Late Contact", "CEO",
                        "late." + tag + "@client.example.com", null, true, true)), Instant.now()));
        awaitProcessed(before + 1);
        send(new ClientReassigned(late, 2, "Late Client " + tag, leaver, successor, sponsor,
                ClientReassigned.Reason.DEPARTURE, "plan-late" + tag, departure, Instant.now()));
        awaitProcessed(before + 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("late." + tag, "").size() == 1);
        assertThat(jdbc.sql("select count(*) from briefing_item where departure_id = :d and client_id = :c")
                .param("d", departure).param("c", late).query(Long.class).single()).isEqualTo(1);
        assertThat(staffDeliveries(successor, sponsor)).hasSize(4);
        assertThat(mailsTo("sam." + tag, "")).hasSize(1);
    }

    @Test
    void clientFacingMailQueuedAfterStaffMailIsStillSentFirst() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int each = 20;
        // one transaction, so that the senders see the whole queue at once: the staff mail is older
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < each; i++) {
                deliveries.plan(NewDelivery.toStaff("staff-" + tag + i, "Test", "DEPARTURE_BRIEFING", Channel.EMAIL,
                        "staff" + i + "." + tag + "@example.com", "u-" + i, "Staff " + i, "en", "staff", "text", "<p>x</p>"));
            }
            for (int i = 0; i < each; i++) {
                deliveries.plan(new NewDelivery("client-" + tag + i, "Test", "BILLING_STATEMENT", Channel.EMAIL,
                        "client" + i + "." + tag + "@client.example.com", null, "Client " + i, "en", "statement", "text",
                        "<p>x</p>", null, null, true, null));
            }
        });

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("." + tag + "@", "").size() == 2 * each);
        List<String> order = mailsTo("." + tag + "@", "").stream().map(DepartureMailIT::recipient).toList();
        // the senders work in parallel, so the last client mails may be overtaken by the first staff ones at most
        // by the number of senders; without priorities the older staff mail would all come first
        int senders = 4;
        assertThat(order.subList(0, each - senders)).allMatch(r -> r.contains("@client.example.com"));
        assertThat(order.subList(each + senders, 2 * each)).allMatch(r -> r.contains("@example.com") && !r.contains("client"));
    }

    private List<String> staffDeliveries(String... userIds) {
        return jdbc.sql("""
                select template || ' ' || channel || ' ' || recipient_user_id from delivery
                where recipient_user_id in (:ids)""").param("ids", List.of(userIds)).query(String.class).list();
    }

    private void awaitProcessed(long count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox.count("dispatch", Inbox.Outcome.PROCESSED) >= count);
    }

    private void send(DomainEvent event) {
        CloudEvents.send(kafka, event, UUID.randomUUID().toString());
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mails whose recipient contains both parts. */
    private static List<MimeMessage> mailsTo(String part, String other) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).contains(part) && recipient(m).contains(other)).toList();
    }
}
