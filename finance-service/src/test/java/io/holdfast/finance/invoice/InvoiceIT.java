package io.holdfast.finance.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.holdfast.contracts.EventSchemas;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.finance.InvoiceIssued;
import io.holdfast.contracts.finance.InvoiceVoided;
import io.holdfast.contracts.finance.PaymentReceived;
import io.holdfast.finance.Events;
import io.holdfast.finance.FinanceApi;
import io.holdfast.finance.company.CompanyClock;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Billing accounts from the CRM, invoices from draft to paid, numbering under concurrency, access and bad input. */
@HoldfastIntegrationTest
class InvoiceIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvoiceService service;
    @Autowired
    CompanyClock clock;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    final String finance = TestTokens.withRoles("finance");
    final String managerId = UUID.randomUUID().toString();
    final String manager = TestTokens.token(managerId, "manny", "account-manager");
    String clientId;
    FinanceApi api;

    @BeforeEach
    void client() {
        api = new FinanceApi(mvc);
        clientId = UUID.randomUUID().toString();
        Events.send(kafka, Events.registered(clientId, "Acme Invoicing GmbH", managerId,
                Events.billingContact("ceo.private@holdfast.example.com"), // an employee's address: never taken
                Events.billingContact("accounts@acme-corp.example.com")));
        api.awaitAccount(finance, clientId);
    }

    @Test
    void anAccountOpensFromClientRegisteredWithTheClientsBillingContactAndTheCompanysPayee() throws Exception {
        JsonNode account = api.get200(finance, "/api/finance/accounts/" + clientId);
        assertThat(account.get("legalName").asString()).isEqualTo("Acme Invoicing GmbH");
        assertThat(account.get("billingContactEmail").asString()).isEqualTo("accounts@acme-corp.example.com");
        assertThat(account.get("accountManagerUserId").asString()).isEqualTo(managerId);
        assertThat(account.get("payee").get("iban").asString()).isEqualTo("DE89370400440532013000");
        mvc.perform(get("/api/finance/accounts/" + clientId).header("Authorization", "Bearer " + manager))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvoiceGoesFromDraftToIssuedToPartlyPaidToPaidAndPublishesEventsThatMatchTheirSchemas() throws Exception {
        JsonNode draft = api.post200(finance, "/api/finance/invoices", FinanceApi.draftJson(clientId, 14, "150.00"), 201);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("number").isNull()).isTrue();
        // 10 × 150.00 = 1500.00 + 19 % = 285.00, travel 100.00 without tax
        assertThat(draft.get("net").get("amount").asString()).isEqualTo("1600.00");
        assertThat(draft.get("tax").get("amount").asString()).isEqualTo("285.00");
        assertThat(draft.get("total").get("amount").asString()).isEqualTo("1885.00");
        assertThat(draft.get("payee").get("legalName").asString()).isEqualTo("Holdfast Demo GmbH");
        String id = draft.get("id").asString();

        JsonNode issued = api.post200(finance, "/api/finance/invoices/" + id + "/issue", null, 200);
        assertThat(issued.get("status").asString()).isEqualTo("ISSUED");
        assertThat(issued.get("number").asString()).matches("HF-" + clock.today().getYear() + "-\\d{6}");
        assertThat(issued.get("dueOn").asString()).isEqualTo(clock.today().plusDays(14).toString());
        api.post200(finance, "/api/finance/invoices/" + id + "/issue", null, 409);

        String payment = """
                {"amount":"885.00","receivedOn":"%s","reference":"bank 4711"}""".formatted(LocalDate.now().minusDays(1));
        JsonNode partly = api.post200(finance, "/api/finance/invoices/" + id + "/payments", payment, 201);
        assertThat(partly.get("status").asString()).isEqualTo("PARTIALLY_PAID");
        assertThat(partly.get("outstanding").get("amount").asString()).isEqualTo("1000.00");

        String tooMuch = """
                {"amount":"1000.01","receivedOn":"%s"}""".formatted(LocalDate.now());
        mvc.perform(post("/api/finance/invoices/" + id + "/payments").header("Authorization", "Bearer " + finance)
                        .contentType(MediaType.APPLICATION_JSON).content(tooMuch))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PAYMENT_EXCEEDS_OUTSTANDING"));

        JsonNode paid = api.post200(finance, "/api/finance/invoices/" + id + "/payments", """
                {"amount":"1000.00","currency":"EUR","receivedOn":"%s"}""".formatted(LocalDate.now()), 201);
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(paid.get("payments")).hasSize(2);
        api.post200(finance, "/api/finance/invoices/" + id + "/void", """
                {"reason":"too late"}""", 409);

        try (TopicProbe probe = new TopicProbe(brokers, Topics.FINANCE_BILLING)) {
            List<ConsumerRecord<String, String>> seen = probe.until(r -> r.stream()
                    .filter(c -> c.value().contains(id)).count() >= 3, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> mine = seen.stream().filter(c -> c.value().contains(id)).toList();
            assertThat(mine).hasSize(3);
            assertThat(mine).allSatisfy(r -> assertThat(r.key()).isEqualTo(clientId));
            assertThat(EventSchemas.validate(InvoiceIssued.class, mine.get(0).value())).isEmpty();
            assertThat(EventSchemas.validate(PaymentReceived.class, mine.get(1).value())).isEmpty();
            assertThat(EventSchemas.validate(PaymentReceived.class, mine.get(2).value())).isEmpty();
            assertThat(mine.get(2).value()).contains("\"invoiceStatus\":\"PAID\"");
            assertThat(api.json(mine.get(2).value()).get("aggregateVersion").asLong())
                    .isGreaterThan(api.json(mine.get(0).value()).get("aggregateVersion").asLong());
        }
        assertThat(jdbc.sql("select count(*) from audit_log where target_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(4); // drafted, issued, two payments
    }

    @Test
    void concurrentIssuingGivesGaplessUniqueNumbers() throws Exception {
        int n = 24;
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drafts.add(api.post200(finance, "/api/finance/invoices", FinanceApi.draftJson(clientId, 30, "10.00"), 201)
                    .get("id").asString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String id : drafts) {
                results.add(pool.submit((Callable<Integer>) () -> mvc.perform(post("/api/finance/invoices/" + id + "/issue")
                        .header("Authorization", "Bearer " + finance)).andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> r : results) {
                assertThat(r.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        List<Long> sequences = jdbc.sql("""
                select cast(split_part(number, '-', 3) as bigint) from invoice where number is not null
                order by 1""").query(Long.class).list();
        assertThat(sequences).hasSizeGreaterThanOrEqualTo(n).doesNotHaveDuplicates();
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(i + 1L); // 1, 2, 3 ... without a hole
        }
        assertThat(jdbc.sql("select last_number from invoice_counter").query(Long.class).single())
                .isEqualTo((long) sequences.size());
    }

    @Test
    void anAccountManagerSeesStatusAndAmountOfTheirOwnClientsInvoicesOnlyAndTheirWriteAttemptsAreRefusedAndAudited()
            throws Exception {
        String id = api.issuedInvoice(finance, clientId, 30, "20.00");
        mvc.perform(get("/api/finance/invoices/" + id).header("Authorization", "Bearer " + manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.total.amount").value("338.00"))
                .andExpect(jsonPath("$.lines").doesNotExist())
                .andExpect(jsonPath("$.payee").doesNotExist())
                .andExpect(jsonPath("$.billingContactEmail").doesNotExist());
        JsonNode list = api.get200(manager, "/api/finance/invoices");
        assertThat(list).isNotEmpty().allSatisfy(i -> assertThat(i.get("clientId").asString()).isEqualTo(clientId));

        String otherManager = TestTokens.withRoles("account-manager");
        mvc.perform(get("/api/finance/invoices/" + id).header("Authorization", "Bearer " + otherManager))
                .andExpect(status().isNotFound());
        assertThat(api.get200(otherManager, "/api/finance/invoices")).isEmpty();

        mvc.perform(post("/api/finance/invoices/" + id + "/payments").header("Authorization", "Bearer " + manager)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"amount":"338.00","receivedOn":"%s"}""".formatted(LocalDate.now())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/finance/invoices").header("Authorization", "Bearer " + TestTokens.withRoles("owner"))
                        .contentType(MediaType.APPLICATION_JSON).content(FinanceApi.draftJson(clientId, 30, "1.00")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select actor from audit_log where action = 'write.refused' and target_id like :t")
                .param("t", "POST /api/finance/invoices/" + id + "/payments").query(String.class).list())
                .containsExactly("manny");
        assertThat(jdbc.sql("select count(*) from payment where invoice_id = :id").param("id", UUID.fromString(id))
                .query(Long.class).single()).isZero();
    }

    @Test
    void badInputGetsProblemDetailsNamingTheField() throws Exception {
        mvc.perform(post("/api/finance/invoices").header("Authorization", "Bearer " + finance)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"clientId":"%s","currency":"euro","paymentTermsDays":30,"lines":[
                                 {"description":"x","quantity":"-1","unitPrice":"1.00","taxRate":"0.19"}]}
                                """.formatted(clientId)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'currency')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lines[0].quantity')]").exists());
        mvc.perform(post("/api/finance/invoices").header("Authorization", "Bearer " + finance)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"clientId":"%s","currency":"EUR","paymentTermsDays":30,"lines":[],"discount":"5"}
                                """.formatted(clientId)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("discount"));
        // a line whose total overflows what any money column holds: 400 naming it, nothing stored (was a 500)
        long invoices = jdbc.sql("select count(*) from invoice").query(Long.class).single();
        mvc.perform(post("/api/finance/invoices").header("Authorization", "Bearer " + finance)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"clientId":"%s","currency":"EUR","paymentTermsDays":30,"lines":[
                                 {"description":"x","quantity":"999999999999.9999","unitPrice":"999999999999999.99","taxRate":"0.19"}]}
                                """.formatted(clientId)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].net"));
        assertThat(jdbc.sql("select count(*) from invoice").query(Long.class).single()).isEqualTo(invoices);
        mvc.perform(post("/api/finance/invoices").header("Authorization", "Bearer " + finance)
                        .contentType(MediaType.APPLICATION_JSON).content(FinanceApi.draftJson("no-such-client", 30, "1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("clientId"));
        mvc.perform(post("/api/finance/invoices/" + UUID.randomUUID() + "/issue").header("Authorization", "Bearer " + finance))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/finance/invoices").param("limit", "500").header("Authorization", "Bearer " + finance))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from invoice where client_id = :c").param("c", clientId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void voidingAnIssuedInvoicePublishesInvoiceVoidedAndTheOverdueJobActsOncePerDay() throws Exception {
        String voided = api.issuedInvoice(finance, clientId, 30, "5.00");
        api.post200(finance, "/api/finance/invoices/" + voided + "/void", """
                {"reason":"issued to the wrong entity"}""", 200);
        api.post200(finance, "/api/finance/invoices/" + voided + "/void", """
                {"reason":""}""", 400);

        String late = api.issuedInvoice(finance, clientId, 0, "5.00");
        LocalDate tomorrow = clock.today().plusDays(1);
        assertThat(service.markOverdue(tomorrow)).isGreaterThanOrEqualTo(1);
        assertThat(service.markOverdue(tomorrow)).isEqualTo(-1); // another instance already ran today
        // two instances starting the job at the same moment: exactly one runs it
        LocalDate later = clock.today().plusDays(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = instances.submit(() -> service.markOverdue(later));
            Future<Integer> b = instances.submit(() -> service.markOverdue(later));
            assertThat(List.of(a.get(), b.get())).containsOnlyOnce(-1).doesNotContainNull();
        } finally {
            instances.shutdown();
        }
        assertThat(api.get200(finance, "/api/finance/invoices/" + late).get("status").asString()).isEqualTo("OVERDUE");
        assertThat(api.get200(finance, "/api/finance/invoices/" + voided).get("status").asString()).isEqualTo("VOID");
        JsonNode partly = api.post200(finance, "/api/finance/invoices/" + late + "/payments", """
                {"amount":"10.00","receivedOn":"%s"}""".formatted(LocalDate.now()), 201);
        assertThat(partly.get("status").asString()).isEqualTo("OVERDUE"); // still late while money is owed

        try (TopicProbe probe = new TopicProbe(brokers, Topics.FINANCE_BILLING)) {
            List<ConsumerRecord<String, String>> seen = probe.until(r -> r.stream()
                    .anyMatch(c -> c.value().contains(voided) && c.value().contains("wrong entity")), Duration.ofSeconds(30));
            String event = seen.stream().filter(c -> c.value().contains("wrong entity")).findFirst().orElseThrow().value();
            assertThat(EventSchemas.validate(InvoiceVoided.class, event)).isEmpty();
        }
    }
}
