package io.holdfast.notifications;

import io.holdfast.kit.inbox.Inbox;
import io.holdfast.kit.test.CloudEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.holdfast.contracts.CloudEventHeaders;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.EventCatalog;
import io.holdfast.contracts.EventSchemas;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.contracts.crm.Contact;
import io.holdfast.contracts.crm.HandoverPlanned;
import io.holdfast.contracts.crm.TouchpointRecorded;
import io.holdfast.contracts.finance.BillingDetailsChangeRequested;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.DocumentUseClause;
import io.holdfast.contracts.hr.EarlyDepartureClause;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.EmployeeHired;
import io.holdfast.contracts.hr.EmployeeUpdated;
import io.holdfast.contracts.hr.NonSolicitationClause;
import io.holdfast.contracts.notify.CompanyDocumentIssued;
import io.holdfast.contracts.notify.NotificationDelivered;
import io.holdfast.contracts.notify.NotificationFailed;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole service against a real SMTP server (GreenMail), PostgreSQL and Kafka: events in, e-mails with PDF
 * letters out, exactly once, through an SMTP outage; the feed, the delivery log and on-demand documents.
 */
@HoldfastIntegrationTest
class NotificationFlowIT {

    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inbox inbox;
    @Autowired
    MockMvc mvc;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @DynamicPropertySource
    static void smtpAndFastRetries(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("holdfast.notifications.delivery.poll-interval", () -> "200ms");
        registry.add("holdfast.notifications.delivery.initial-backoff", () -> "700ms");
        registry.add("holdfast.notifications.delivery.multiplier", () -> "1.0");
        registry.add("holdfast.notifications.delivery.max-backoff", () -> "700ms");
        registry.add("holdfast.notifications.delivery.max-attempts", () -> "6");
        registry.add("holdfast.notifications.briefing.poll-interval", () -> "200ms");
        registry.add("holdfast.notifications.briefing.quiet-period", () -> "1s");
    }

    @BeforeAll
    static void startSmtp() {
        smtp = newSmtp();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    // --- the introduction letter -------------------------------------------------------------------------------

    @Test
    void theIntroductionLetterReachesThePrimaryContactInTheirLanguageWithAPdfNamingThePeople() throws Exception {
        World w = new World("ru");
        w.publishStaffAndClient();

        try (TopicProbe probe = new TopicProbe(brokers, Topics.NOTIFY_DELIVERIES)) {
            send(w.reassigned(), UUID.randomUUID().toString());

            MimeMessage mail = awaitMailTo(w.contactEmail, 1).getFirst();
            assertThat(mail.getSubject()).isEqualTo("ООО Ромашка " + w.tag + ": ваш новый менеджер");
            assertThat(textPart(mail, "text/plain")).contains("Анна Смирнова").contains("anna." + w.tag + "@example.com");
            assertThat(textPart(mail, "text/html")).contains("<p>").contains("Анна Смирнова");
            byte[] pdf = attachment(mail);
            assertThat(pdfText(pdf)).contains("Пётр Иванов").contains("ООО Ромашка " + w.tag).contains("Анна Смирнова")
                    .contains("Вера Куратова").contains("Fiona Finance").contains("Куратор от руководства");

            // the new manager is told too: by e-mail and in the feed
            awaitMailTo("anna." + w.tag + "@example.com", 1);
            String deliveredEvents = String.join("\n", probe.until(records -> records.stream()
                    .filter(r -> r.value().contains(w.contactEmail)).count() == 1, Duration.ofSeconds(20))
                    .stream().filter(r -> r.value().contains(w.contactEmail)).map(r -> {
                        assertThat(TopicProbe.header(r, CloudEventHeaders.TYPE))
                                .isEqualTo(EventCatalog.of(NotificationDelivered.class).type());
                        assertThat(EventSchemas.validate(NotificationDelivered.class, r.value())).isEmpty();
                        return r.value();
                    }).toList());
            assertThat(deliveredEvents).contains("CLIENT_INTRODUCTION").contains("EMAIL");

            // the letter is a company-level touchpoint of the client, on behalf of the sponsor
            var issued = probe.until(rs -> rs.stream().anyMatch(r -> w.clientId.equals(r.key())),
                    Duration.ofSeconds(20)).stream().filter(r -> w.clientId.equals(r.key())).toList();
            assertThat(issued).singleElement().satisfies(r -> {
                assertThat(TopicProbe.header(r, CloudEventHeaders.TYPE))
                        .isEqualTo(EventCatalog.of(CompanyDocumentIssued.class).type());
                assertThat(EventSchemas.validate(CompanyDocumentIssued.class, r.value())).isEmpty();
                CompanyDocumentIssued doc = EventJson.read(r.value(), CompanyDocumentIssued.class);
                assertThat(doc.kind()).isEqualTo(CompanyDocumentIssued.Kind.INTRODUCTION_LETTER);
                assertThat(doc.issuedByUserId()).isEqualTo(w.sponsor);
                assertThat(doc.language()).isEqualTo("ru");
            });
        }
    }

    @Test
    void theIntroductionLetterIsInEnglishForAnEnglishSpeakingClient() throws Exception {
        World w = new World("en");
        w.publishStaffAndClient();

        send(w.reassigned(), UUID.randomUUID().toString());

        MimeMessage mail = awaitMailTo(w.contactEmail, 1).getFirst();
        assertThat(mail.getSubject()).endsWith(": your new account manager");
        assertThat(pdfText(attachment(mail))).contains("Dear Пётр Иванов").contains("your account manager")
                .contains("Анна Смирнова");
    }

    @Test
    void aRedeliveredEventSendsNothingNew() throws Exception {
        World w = new World("en");
        w.publishStaffAndClient();
        String eventId = UUID.randomUUID().toString();

        send(w.reassigned(), eventId);
        awaitMailTo(w.contactEmail, 1);
        long duplicates = inbox.count("dispatch", Inbox.Outcome.DUPLICATE);
        send(w.reassigned(), eventId);
        send(w.reassigned(), eventId);

        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.count("dispatch", Inbox.Outcome.DUPLICATE) >= duplicates + 2);
        assertThat(mailsTo(w.contactEmail)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from delivery where source_event_id = :id and recipient = :r")
                .param("id", eventId).param("r", w.contactEmail).query(Long.class).single()).isEqualTo(1);
    }

    // --- SMTP outages ----------------------------------------------------------------------------------------

    @Test
    void whenSmtpIsDownTheMailIsRetriedAndDeliveredOnceItIsBack() throws Exception {
        String email = "billing." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        smtp.stop();
        try {
            send(new BillingDetailsChangeRequested("c-" + UUID.randomUUID(), 7, "ch-1", "u-fin", "new IBAN ending 4411",
                    "Bea Billing", email, "en", Instant.now()), UUID.randomUUID().toString());
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    select count(*) from delivery where recipient = :r and status = 'PENDING' and attempts >= 1
                      and last_error is not null
                    """).param("r", email).query(Long.class).single() == 1);
        } finally {
            smtp = newSmtp();
        }

        MimeMessage mail = awaitMailTo(email, 1).getFirst();
        assertThat(mail.getSubject()).contains("Please confirm");
        // once the delivery is marked SENT nothing sends it again
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from delivery where recipient = :r and status = 'SENT'").param("r", email)
                .query(Long.class).single() == 1);
        assertThat(mailsTo(email)).hasSize(1);
        mvc.perform(get("/api/notifications/deliveries").param("status", "SENT").param("limit", "200")
                .header("Authorization", bearer("ops")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.recipient == '" + email + "')].attempts").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.greaterThanOrEqualTo(2))));
    }

    @Test
    void whenSmtpStaysDownTheMailIsMarkedFailedVisiblyAndOpsCanRetryIt() throws Exception {
        String email = "billing." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (TopicProbe probe = new TopicProbe(brokers, Topics.NOTIFY_DELIVERIES)) {
            smtp.stop();
            try {
                send(new BillingDetailsChangeRequested("c-" + UUID.randomUUID(), 7, "ch-2", "u-fin", "new address",
                        "Bea Billing", email, "en", Instant.now()), UUID.randomUUID().toString());
                await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select count(*) from delivery where recipient = :r and status = 'FAILED' and attempts = 6")
                        .param("r", email).query(Long.class).single() == 1);
            } finally {
                smtp = newSmtp();
            }
            var failed = probe.until(rs -> rs.stream().anyMatch(r -> r.value().contains(email)
                    && r.value().contains("\"attempts\"")), Duration.ofSeconds(20)).stream()
                    .filter(r -> r.value().contains(email)).findFirst().orElseThrow();
            assertThat(TopicProbe.header(failed, CloudEventHeaders.TYPE))
                    .isEqualTo(EventCatalog.of(NotificationFailed.class).type());
            assertThat(EventSchemas.validate(NotificationFailed.class, failed.value())).isEmpty();
        }
        String id = jdbc.sql("select id::text from delivery where recipient = :r").param("r", email)
                .query(String.class).single();
        mvc.perform(get("/api/notifications/deliveries").param("status", "FAILED").header("Authorization", bearer("owner")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].lastError").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("MailConnectException"))));
        mvc.perform(post("/api/notifications/deliveries/" + id + "/retry").header("Authorization", bearer("owner")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/notifications/deliveries/" + id + "/retry").header("Authorization", bearer("ops")))
                .andExpect(status().isOk());

        awaitMailTo(email, 1);
        mvc.perform(post("/api/notifications/deliveries/" + id + "/retry").header("Authorization", bearer("ops")))
                .andExpect(status().isConflict());
    }

    @Test
    void theDeliveryLogIsForOwnersAndOpsOnly() throws Exception {
        mvc.perform(get("/api/notifications/deliveries").header("Authorization", bearer("account-manager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/notifications/deliveries").param("limit", "500").header("Authorization", bearer("ops")))
                .andExpect(status().isBadRequest());
    }

    // --- the exit-obligations letter ------------------------------------------------------------------------

    @Test
    void theExitObligationsLetterStatesTheClauseValuesAndDatesOfThatEmployeesContract() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String personal = "alex." + tag + "@example.org";
        send(new EmployeeDeparted("e-" + tag, 9, "dep-" + tag, UUID.randomUUID().toString(), "alex" + tag,
                "Alex Leaver", personal, "en", "north", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31),
                new EmployeeDeparted.ContractTerms("HR-" + tag, 2, "EUR",
                        new EarlyDepartureClause(EarlyDepartureClause.Kind.PRO_RATA, null, new BigDecimal("1500.00")),
                        new DocumentUseClause(new BigDecimal("20000.00")),
                        new NonSolicitationClause(12, NonSolicitationClause.Kind.PER_CLIENT, new BigDecimal("50000.00"))),
                Instant.now()), UUID.randomUUID().toString());

        MimeMessage mail = awaitMailTo(personal, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your obligations after leaving the company");
        String pdf = pdfText(attachment(mail)).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Alex Leaver").contains("HR-" + tag).contains("amendment 2")
                .contains("1500.00 EUR for each remaining month").contains("20000.00 EUR per violation")
                .contains("For 12 months").contains("until 2027-12-31").contains("50000.00 EUR per client")
                .contains("2026-12-31");
    }

    // --- departure, feed ---------------------------------------------------------------------------------------

    @Test
    void aDepartureReachesTheOwnersFeedWhichOnlyTheyCanReadAndMark() throws Exception {
        World w = new World("en");
        String owner = UUID.randomUUID().toString();
        send(hired(owner, "Olga Owner", "olga." + w.tag + "@example.com", "board-" + w.tag, List.of("owner"), "en"),
                UUID.randomUUID().toString());
        w.publishStaffAndClient();
        String leaver = w.manager; // Anna is leaving; she manages the client

        send(new DepartureScheduled("e-" + leaver, 5, "dep-" + w.tag, leaver, "anna", "Анна Смирнова", w.team, null,
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 31), DepartureScheduled.Reason.RESIGNATION, "u-hr",
                12, LocalDate.of(2027, 12, 31), Instant.now()), UUID.randomUUID().toString());

        String ownerToken = "Bearer " + TestTokens.token(owner, "olga", "owner");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/notifications/feed")
                .header("Authorization", ownerToken)).andExpect(jsonPath("$.length()").value(1)));
        mvc.perform(get("/api/notifications/feed").header("Authorization", ownerToken))
                .andExpect(jsonPath("$[0].template").value("DEPARTURE_BRIEFING"))
                .andExpect(jsonPath("$[0].text").value(org.hamcrest.Matchers.containsString("Clients handled: 1")))
                .andExpect(jsonPath("$[0].text").value(org.hamcrest.Matchers.containsString("/staff/departures/dep-" + w.tag)));
        mvc.perform(get("/api/notifications/feed/unread-count").header("Authorization", ownerToken))
                .andExpect(jsonPath("$.unread").value(1));
        MimeMessage mail = awaitMailTo("olga." + w.tag + "@example.com", 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Анна Смирнова is leaving on 2026-12-31: 0 client(s) and 0 task(s) for you");

        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/notifications/feed")
                .header("Authorization", ownerToken)).andReturn().getResponse().getContentAsString(), "$[0].id");
        String stranger = bearer("owner");
        mvc.perform(get("/api/notifications/feed").header("Authorization", stranger))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/notifications/feed/" + id + "/read").header("Authorization", stranger))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/notifications/feed/" + id + "/read").header("Authorization", ownerToken))
                .andExpect(status().isOk());
        mvc.perform(get("/api/notifications/feed/unread-count").header("Authorization", ownerToken))
                .andExpect(jsonPath("$.unread").value(0));
        mvc.perform(post("/api/notifications/feed/read-all").header("Authorization", ownerToken))
                .andExpect(jsonPath("$.marked").value(0));
        mvc.perform(get("/api/notifications/feed")).andExpect(status().isUnauthorized());
    }

    // --- documents on demand ---------------------------------------------------------------------------------

    @Test
    void aPartnerCertificateIsIssuedForTheAccountManagersClientAndRecordedAsATouchpoint() throws Exception {
        World w = new World("ru");
        w.publishStaffAndClient();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from client where client_id = :id")
                .param("id", w.clientId).query(Long.class).single() == 1);

        try (TopicProbe probe = new TopicProbe(brokers, Topics.NOTIFY_DELIVERIES)) {
            byte[] pdf = mvc.perform(post("/api/notifications/documents").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"clientId\":\"" + w.clientId + "\",\"kind\":\"PARTNER_CERTIFICATE\"}")
                    .header("Authorization", "Bearer " + TestTokens.token(w.manager, "anna", "account-manager")))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(pdfText(pdf)).contains("СЕРТИФИКАТ ПАРТНЁРА").contains("ООО Ромашка " + w.tag).contains("7 лет");

            var issued = probe.until(rs -> rs.stream().anyMatch(r -> w.clientId.equals(r.key())),
                    Duration.ofSeconds(20)).stream().filter(r -> w.clientId.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.header(issued, CloudEventHeaders.TYPE))
                    .isEqualTo(EventCatalog.of(CompanyDocumentIssued.class).type());
            assertThat(EventSchemas.validate(CompanyDocumentIssued.class, issued.value())).isEmpty();
            assertThat(issued.value()).contains("PARTNER_CERTIFICATE").contains(w.manager);
        }

        byte[] english = mvc.perform(post("/api/notifications/documents").contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":\"" + w.clientId + "\",\"kind\":\"THANK_YOU_LETTER\",\"language\":\"en\"}")
                .header("Authorization", bearer("owner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(english)).contains("Thank you, ООО Ромашка " + w.tag).contains("7 years");

        // another account manager, or a team lead of another team, does not even learn the client exists
        mvc.perform(post("/api/notifications/documents").contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":\"" + w.clientId + "\",\"kind\":\"THANK_YOU_LETTER\"}")
                .header("Authorization", bearer("account-manager")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/notifications/documents").contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":\"" + w.clientId + "\",\"kind\":\"THANK_YOU_LETTER\"}")
                .header("Authorization", bearer("team-lead")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/notifications/documents").contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":\"" + w.clientId + "\",\"kind\":\"INTRODUCTION_LETTER\"}")
                .header("Authorization", bearer("owner")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/notifications/documents").contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":\"" + w.clientId + "\",\"kind\":\"THANK_YOU_LETTER\",\"language\":\"de\"}")
                .header("Authorization", bearer("owner")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        mvc.perform(post("/api/notifications/documents").contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":\"" + w.clientId + "\",\"kind\":\"THANK_YOU_LETTER\"}")
                .header("Authorization", bearer("finance")))
                .andExpect(status().isForbidden());
    }

    // --- the daily touchpoint digest ------------------------------------------------------------------------

    @Test
    void theDailyDigestTellsEachPersonTheirOpenTasksDueAndOverdueOnceADay() throws Exception {
        World w = new World("en");
        w.publishStaffAndClient();
        LocalDate day = LocalDate.now();
        send(new HandoverPlanned(w.clientId, 3, "plan-" + w.tag, "dep-" + w.tag, "u-old", w.manager, w.sponsor,
                "ООО Ромашка " + w.tag, List.of(
                        new HandoverPlanned.Task(HandoverPlanned.Task.Kind.EXECUTIVE_CALL, day.minusDays(2), w.sponsor),
                        new HandoverPlanned.Task(HandoverPlanned.Task.Kind.BILLING_CONTACT_CONFIRMATION, day.minusDays(1),
                                w.sponsor),
                        new HandoverPlanned.Task(HandoverPlanned.Task.Kind.CONTACT_REVIEW, day.plusDays(2), w.manager),
                        new HandoverPlanned.Task(HandoverPlanned.Task.Kind.INTRODUCTION_LETTER, day.plusDays(10), w.manager)),
                Instant.now()), UUID.randomUUID().toString());
        // the sponsor has made the executive call: that task leaves the digest
        send(new TouchpointRecorded(w.clientId, 4, "t-" + w.tag, TouchpointRecorded.Kind.EXECUTIVE_CALL, w.sponsor,
                Instant.now(), true, true, Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from outreach_task where plan_id = :p and done_at is not null")
                .param("p", "plan-" + w.tag).query(Long.class).single() == 1);

        // other tests' people may have digests of their own that day: count this sponsor's and manager's
        mvc.perform(post("/api/notifications/digest").param("day", day.toString()).header("Authorization", bearer("ops")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select count(*) from delivery where template = 'TOUCHPOINT_DIGEST' and recipient_user_id in (:m, :s)
                """).param("m", w.manager).param("s", w.sponsor).query(Long.class).single()).isEqualTo(4);

        String sponsorToken = "Bearer " + TestTokens.token(w.sponsor, "vera", "owner");
        mvc.perform(get("/api/notifications/feed").header("Authorization", sponsorToken))
                .andExpect(jsonPath("$[?(@.template == 'TOUCHPOINT_DIGEST')].text").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Подтверждение контакта по оплате"),
                                org.hamcrest.Matchers.containsString(day.minusDays(1).toString()),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Звонок"))))));
        String managerToken = "Bearer " + TestTokens.token(w.manager, "anna", "account-manager");
        mvc.perform(get("/api/notifications/feed").header("Authorization", managerToken))
                .andExpect(jsonPath("$[?(@.template == 'TOUCHPOINT_DIGEST')].text").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Проверка контактов клиента"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Письмо с представлением"))))));
        MimeMessage mail = awaitMailTo("vera." + w.tag + "@example.com", 2).stream()
                .filter(m -> subject(m).startsWith("Контакты с клиентами")).findFirst().orElseThrow();
        assertThat(subject(mail)).contains("просрочено 1");

        // run again the same day (a second instance, a manual re-run): nothing new
        mvc.perform(post("/api/notifications/digest").param("day", day.toString()).header("Authorization", bearer("ops")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.planned").value(0));
        mvc.perform(post("/api/notifications/digest").param("day", day.toString())
                .header("Authorization", bearer("account-manager"))).andExpect(status().isForbidden());
    }

    @Test
    void theDailyDigestTellsTheSponsorOfAnOverdueExecutiveTouchUntilOneIsRecorded() throws Exception {
        World w = new World("en");
        w.publishStaffAndClient(); // a client for seven years, never touched
        // days of their own, so that another test's digest of today does not stand in for these
        LocalDate day = LocalDate.now().plusDays(40);
        mvc.perform(post("/api/notifications/digest").param("day", day.toString()).header("Authorization", bearer("ops")))
                .andExpect(status().isOk());

        String sponsorToken = "Bearer " + TestTokens.token(w.sponsor, "vera", "owner");
        mvc.perform(get("/api/notifications/feed").header("Authorization", sponsorToken))
                .andExpect(jsonPath("$[?(@.template == 'TOUCHPOINT_DIGEST')].text").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("ООО Ромашка " + w.tag + ": Контакт руководства"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("от имени компании"))))));
        String managerToken = "Bearer " + TestTokens.token(w.manager, "anna", "account-manager");
        mvc.perform(get("/api/notifications/feed").header("Authorization", managerToken))
                .andExpect(jsonPath("$[?(@.template == 'TOUCHPOINT_DIGEST')].text").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("ООО Ромашка " + w.tag + ": Контакт от имени компании"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("руководства"))))));
        await().atMost(Duration.ofSeconds(40)).until(() -> mailsTo("vera." + w.tag + "@example.com").stream()
                .anyMatch(m -> subject(m).startsWith("Контакты с клиентами на " + day)));
        assertThat(mailsTo("vera." + w.tag + "@example.com")).filteredOn(m -> subject(m).contains(day.toString()))
                .singleElement().satisfies(m -> assertThat(subject(m)).contains("просрочено 1"));

        // the sponsor calls; a stale touch from long ago arriving afterwards does not bring the overdue one back
        Instant call = Instant.now();
        long handled = inbox.count("dispatch", Inbox.Outcome.PROCESSED);
        send(new TouchpointRecorded(w.clientId, 2, "t-" + w.tag, TouchpointRecorded.Kind.EXECUTIVE_CALL, w.sponsor,
                call, false, true, Instant.now()), UUID.randomUUID().toString());
        send(new TouchpointRecorded(w.clientId, 3, "t-old-" + w.tag, TouchpointRecorded.Kind.MEETING, w.sponsor,
                call.minus(Duration.ofDays(400)), false, true, Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from client_touch where client_id = :c and last_executive_at is not null")
                .param("c", w.clientId).query(Long.class).single() == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.count("dispatch", Inbox.Outcome.PROCESSED) >= handled + 2);
        LocalDate next = day.plusDays(1);
        mvc.perform(post("/api/notifications/digest").param("day", next.toString()).header("Authorization", bearer("ops")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select count(*) from delivery where template = 'TOUCHPOINT_DIGEST' and recipient_user_id = :s
                """).param("s", w.sponsor).query(Long.class).single())
                .as("the sponsor owes nothing the next day: no second digest").isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from delivery where template = 'TOUCHPOINT_DIGEST' and recipient_user_id = :m
                """).param("m", w.manager).query(Long.class).single())
                .as("the manager still owes the company-level touch").isEqualTo(4);
    }

    // --- projections ----------------------------------------------------------------------------------------

    @Test
    void anOlderEmployeeStateArrivingLateDoesNotOverwriteTheNewerOne() throws Exception {
        String userId = UUID.randomUUID().toString();
        EmployeeHired hired = hired(userId, "Old Name", "old@example.com", "north", List.of("team-lead"), "en");
        long handled = inbox.count("dispatch", Inbox.Outcome.PROCESSED);
        send(hired, UUID.randomUUID().toString());
        send(updated(hired, 3, "New Name", List.of("team-lead", "owner")), UUID.randomUUID().toString());
        send(updated(hired, 2, "Stale Name", List.of("team-lead")), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from processed_event where consumer = 'dispatch'").query(Long.class).single() > 0
                && "New Name".equals(jdbc.sql("select full_name from employee where user_id = :id").param("id", userId)
                        .query(String.class).optional().orElse(null))
                && inbox.count("dispatch", Inbox.Outcome.PROCESSED) >= handled + 3);
        assertThat(jdbc.sql("select full_name from employee where user_id = :id").param("id", userId)
                .query(String.class).single()).isEqualTo("New Name");
        assertThat(jdbc.sql("select 'owner' = any(roles) from employee where user_id = :id").param("id", userId)
                .query(Boolean.class).single()).isTrue();
    }

    static EmployeeUpdated updated(EmployeeHired h, long version, String name, List<String> roles) {
        return new EmployeeUpdated(h.employeeId(), version, h.userId(), h.username(), name, h.workEmail(),
                h.personalEmail(), h.position(), h.team(), null, roles, h.language(), h.hireDate(),
                EmployeeUpdated.Status.ACTIVE, Instant.now());
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A client with a primary contact, its new account manager and its executive sponsor, all with unique ids. */
    @Test
    void aClientUpdatedMovesTheSponsorLettersAndTasksGoToAndAnOlderOneIsDroppedAsStale() {
        World w = new World("en");
        w.publishStaffAndClient();
        String newSponsor = UUID.randomUUID().toString();
        send(new io.holdfast.contracts.crm.ClientUpdated(w.clientId, 5, "Romashka Renamed " + w.tag, "retail", w.manager,
                newSponsor, w.sponsor, io.holdfast.contracts.Money.of("1.00", "EUR"), "en", "olga.owner", Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> newSponsor.equals(jdbc.sql(
                "select executive_sponsor_user_id from client where client_id = :c").param("c", w.clientId)
                .query(String.class).single()));
        // an update older than what was applied (version 4 < 5) changes nothing
        long processed = inbox.count("dispatch", io.holdfast.kit.inbox.Inbox.Outcome.PROCESSED);
        send(new io.holdfast.contracts.crm.ClientUpdated(w.clientId, 4, "Romashka Old " + w.tag, "retail", w.manager,
                w.sponsor, w.sponsor, io.holdfast.contracts.Money.of("1.00", "EUR"), "en", "olga.owner", Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inbox.count("dispatch", io.holdfast.kit.inbox.Inbox.Outcome.PROCESSED) > processed);
        assertThat(jdbc.sql("select name || ' ' || executive_sponsor_user_id from client where client_id = :c")
                .param("c", w.clientId).query(String.class).single())
                .isEqualTo("Romashka Renamed " + w.tag + " " + newSponsor);
    }

    final class World {
        final String tag = UUID.randomUUID().toString().substring(0, 8);
        final String clientLanguage;
        final String clientId = UUID.randomUUID().toString();
        final String manager = UUID.randomUUID().toString();
        final String sponsor = UUID.randomUUID().toString();
        final String team = "team-" + tag;
        final String contactEmail = "petr." + tag + "@client.example.com";

        World(String clientLanguage) {
            this.clientLanguage = clientLanguage;
        }

        void publishStaffAndClient() {
            send(hired(manager, "Анна Смирнова", "anna." + tag + "@example.com", team, List.of("account-manager"), "ru"),
                    UUID.randomUUID().toString());
            send(hired(sponsor, "Вера Куратова", "vera." + tag + "@example.com", "board", List.of("owner"), "ru"),
                    UUID.randomUUID().toString());
            send(new ClientRegistered(clientId, 1, "ООО Ромашка " + tag, "7700" + tag, "retail", team, manager, sponsor,
                    LocalDate.now().minusYears(7).minusDays(3), null, clientLanguage,
                    List.of(new Contact("k-1", "Пётр Иванов", "CEO", contactEmail, null, true, false),
                            new Contact("k-2", "Bea Billing", "CFO", "bea." + tag + "@client.example.com", null, false,
                                    true)),
                    Instant.now()), UUID.randomUUID().toString());
            // staff are hired long before their clients move; here the hr and crm topics race, so wait
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    select (select count(*) from employee where user_id in (:m, :s))
                         + (select count(*) from client where client_id = :c)
                    """).param("m", manager).param("s", sponsor).param("c", clientId).query(Long.class).single() == 3);
        }

        ClientReassigned reassigned() {
            return new ClientReassigned(clientId, 2, "ООО Ромашка " + tag, "u-old", manager, sponsor,
                    ClientReassigned.Reason.DEPARTURE, "plan-" + tag, "dep-" + tag, Instant.now());
        }
    }

    static EmployeeHired hired(String userId, String name, String email, String team, List<String> roles,
            String language) {
        return new EmployeeHired("e-" + userId, 1, userId, name.toLowerCase().replace(' ', '.'), name, email,
                "private." + userId.substring(0, 8) + "@example.org", "Manager", team, null, roles, language,
                LocalDate.of(2020, 1, 1), Instant.now());
    }

    void send(DomainEvent event, String eventId) {
        CloudEvents.send(kafka, event, eventId);
    }

    static String bearer(String... roles) {
        return "Bearer " + TestTokens.withRoles(roles);
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<MimeMessage> awaitMailTo(String address, int count) {
        await().atMost(Duration.ofSeconds(40)).until(() -> mailsTo(address).size() >= count);
        return mailsTo(address);
    }

    static String textPart(Part part, String type) throws Exception {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = textPart(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static byte[] attachment(Part part) throws Exception {
        List<BodyPart> pdfs = new ArrayList<>();
        collectPdfs(part, pdfs);
        assertThat(pdfs).as("PDF attachments").hasSize(1);
        assertThat(pdfs.getFirst().getFileName()).endsWith(".pdf");
        try (InputStream in = pdfs.getFirst().getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static void collectPdfs(Part part, List<BodyPart> into) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType("application/pdf")) {
                    into.add(child);
                } else {
                    collectPdfs(child, into);
                }
            }
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static GreenMail newSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
