package io.holdfast.finance.billingchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.holdfast.contracts.EventSchemas;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.finance.BillingDetailsChangeRequested;
import io.holdfast.contracts.finance.BillingDetailsChanged;
import io.holdfast.contracts.finance.BillingStatementIssued;
import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.finance.Events;
import io.holdfast.finance.FinanceApi;
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

/** Four-eyes billing-detail changes and the departure safeguards (freeze, statement, review) with redelivery. */
@HoldfastIntegrationTest
class BillingSafeguardsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    io.holdfast.kit.inbox.Inbox inbox;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    final String f1Id = UUID.randomUUID().toString();
    final String f1 = TestTokens.token(f1Id, "fiona", "finance");
    final String f2Id = UUID.randomUUID().toString();
    final String f2 = TestTokens.token(f2Id, "felix", "finance");
    final String managerId = UUID.randomUUID().toString();
    String clientId;
    FinanceApi api;

    @BeforeEach
    void client() {
        api = new FinanceApi(mvc);
        clientId = UUID.randomUUID().toString();
        Events.send(kafka, Events.registered(clientId, "Acme Billing AG", managerId,
                Events.billingContact("accounts@acme-corp.example.com"),
                Events.contact("Nora New", "nora@acme-corp.example.com"),
                Events.contact("Our Own Manager", "manny@holdfast.example.com")));
        api.awaitAccount(f1, clientId);
    }

    String changeJson(String email) {
        return """
                {"clientId":"%s","billingContactName":"Nora New","billingContactEmail":"%s","reason":"client letter of 2026-11-20"}
                """.formatted(clientId, email);
    }

    @Test
    void theRequesterCannotDecideAnotherFinancePersonApprovesAndOnlyFinanceMayAct() throws Exception {
        JsonNode requested = api.post200(f1, "/api/finance/billing-changes", changeJson("nora@acme-corp.example.com"), 201);
        assertThat(requested.get("status").asString()).isEqualTo("PENDING");
        assertThat(requested.get("previousContactEmail").asString()).isEqualTo("accounts@acme-corp.example.com");
        String id = requested.get("id").asString();

        mvc.perform(post("/api/finance/billing-changes/" + id + "/approve").header("Authorization", "Bearer " + f1))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("SELF_APPROVAL"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/finance/billing-changes/" + id + "/reject").header("Authorization", "Bearer " + f1)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"never mind\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
        for (String role : List.of("account-manager", "owner", "legal", "finance-system")) {
            mvc.perform(post("/api/finance/billing-changes/" + id + "/approve")
                            .header("Authorization", "Bearer " + TestTokens.withRoles(role)))
                    .andExpect(status().isForbidden());
        }
        api.post200(f2, "/api/finance/billing-changes", changeJson("accounts@acme-corp.example.com"), 409);

        JsonNode approved = api.post200(f2, "/api/finance/billing-changes/" + id + "/approve", "{\"note\":\"called the CFO\"}", 200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedBy").asString()).isEqualTo(f2Id);
        assertThat(api.get200(f1, "/api/finance/accounts/" + clientId).get("billingContactEmail").asString())
                .isEqualTo("nora@acme-corp.example.com");
        mvc.perform(post("/api/finance/billing-changes/" + id + "/approve").header("Authorization", "Bearer " + f1))
                .andExpect(status().isConflict()); // the requester, even after the decision
        mvc.perform(post("/api/finance/billing-changes/" + id + "/approve")
                        .header("Authorization", "Bearer " + TestTokens.withRoles("finance")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CHANGE_NOT_PENDING"));

        try (TopicProbe probe = new TopicProbe(brokers, Topics.FINANCE_BILLING)) {
            List<ConsumerRecord<String, String>> mine = probe.until(r -> r.stream()
                    .filter(c -> c.value().contains(id)).count() >= 2, Duration.ofSeconds(30)).stream()
                    .filter(c -> c.value().contains(id)).toList();
            assertThat(mine).hasSize(2);
            assertThat(EventSchemas.validate(BillingDetailsChangeRequested.class, mine.get(0).value())).isEmpty();
            assertThat(EventSchemas.validate(BillingDetailsChanged.class, mine.get(1).value())).isEmpty();
            assertThat(api.json(mine.get(1).value()).get("approvedBy").asString()).isEqualTo(f2Id);
            assertThat(api.json(mine.get(1).value()).get("requestedBy").asString()).isEqualTo(f1Id);
        }
        List<String> actions = jdbc.sql("select action from audit_log where target_id = :id order by id")
                .param("id", id).query(String.class).list();
        assertThat(actions).containsExactly("billing-change.requested", "billing-change.approve-refused",
                "billing-change.reject-refused", "billing-change.approved", "billing-change.approve-refused",
                "billing-change.approve-refused");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'write.refused' and target_id like :t")
                .param("t", "%" + id + "/approve").query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void anEmployeesAddressOrAnAddressUnknownToTheCrmIsRefusedAndARejectionNeedsANote() throws Exception {
        mvc.perform(post("/api/finance/billing-changes").header("Authorization", "Bearer " + f1)
                        .contentType(MediaType.APPLICATION_JSON).content(changeJson("manny@holdfast.example.com")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("billingContactEmail"));
        mvc.perform(post("/api/finance/billing-changes").header("Authorization", "Bearer " + f1)
                        .contentType(MediaType.APPLICATION_JSON).content(changeJson("pay-me@elsewhere.example.net")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("billingContactEmail"));
        mvc.perform(post("/api/finance/billing-changes").header("Authorization", "Bearer " + f1)
                        .contentType(MediaType.APPLICATION_JSON).content(changeJson("not-an-address")))
                .andExpect(status().isBadRequest());
        String id = api.post200(f1, "/api/finance/billing-changes", changeJson("nora@acme-corp.example.com"), 201)
                .get("id").asString();
        api.post200(f2, "/api/finance/billing-changes/" + id + "/reject", "{}", 400);
        JsonNode rejected = api.post200(f2, "/api/finance/billing-changes/" + id + "/reject",
                "{\"note\":\"the client never asked\"}", 200);
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(api.get200(f1, "/api/finance/accounts/" + clientId).get("billingContactEmail").asString())
                .isEqualTo("accounts@acme-corp.example.com");
        assertThat(api.get200(f1, "/api/finance/billing-changes?status=PENDING&clientId=" + clientId)).isEmpty();
    }

    @Test
    void aDepartureFreezesChangesSendsOneStatementListsRecentChangesAndItsCancellationLiftsTheFreezeExactlyOnce()
            throws Exception {
        // a change made shortly before the notice, to be listed for review
        String recent = api.post200(f1, "/api/finance/billing-changes", changeJson("nora@acme-corp.example.com"), 201)
                .get("id").asString();
        api.post200(f2, "/api/finance/billing-changes/" + recent + "/approve", null, 200);
        String invoice = api.issuedInvoice(f1, clientId, 30, "100.00");
        // and one still waiting for its second pair of eyes when the notice arrives
        String waiting = api.post200(f1, "/api/finance/billing-changes", changeJson("accounts@acme-corp.example.com"), 201)
                .get("id").asString();
        String number = api.get200(f1, "/api/finance/invoices/" + invoice).get("number").asString();

        String employeeId = UUID.randomUUID().toString();
        String departureId = UUID.randomUUID().toString();
        LocalDate lastDay = LocalDate.now().plusDays(20);
        DepartureScheduled scheduled = new DepartureScheduled(employeeId, 2, departureId, managerId, "manny",
                "Manny Leaver", "north", null, LocalDate.now(), lastDay, DepartureScheduled.Reason.RESIGNATION,
                UUID.randomUUID().toString(), 12, lastDay.plusMonths(12), Instant.now());
        String eventId = Events.send(kafka, scheduled);
        Events.send(kafka, scheduled, eventId); // redelivered

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get200(f1, "/api/finance/freezes?status=ACTIVE").size() == 1);
        JsonNode freeze = api.get200(f1, "/api/finance/freezes").get(0);
        assertThat(freeze.get("frozenUntil").asString()).isEqualTo(lastDay.plusDays(30).toString());
        assertThat(freeze.get("clientIds").get(0).asString()).isEqualTo(clientId);

        mvc.perform(post("/api/finance/billing-changes").header("Authorization", "Bearer " + f1)
                        .contentType(MediaType.APPLICATION_JSON).content(changeJson("accounts@acme-corp.example.com")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BILLING_FROZEN"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(lastDay.plusDays(30).toString())));

        mvc.perform(post("/api/finance/billing-changes/" + waiting + "/approve").header("Authorization", "Bearer " + f2))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BILLING_FROZEN"));

        JsonNode reviews = api.get200(f1, "/api/finance/reviews");
        List<String> listed = new java.util.ArrayList<>();
        reviews.forEach(r -> listed.add(r.get("changeId").asString()));
        assertThat(listed).containsExactlyInAnyOrder(recent, waiting);

        try (TopicProbe probe = new TopicProbe(brokers, Topics.FINANCE_BILLING)) {
            List<ConsumerRecord<String, String>> statements = probe.allPublishedBy(jdbc).stream()
                    .filter(r -> r.key().equals(clientId) && r.value().contains("statementId")).toList();
            assertThat(statements).hasSize(1);
            assertThat(EventSchemas.validate(BillingStatementIssued.class, statements.get(0).value())).isEmpty();
            JsonNode statement = api.json(statements.get(0).value());
            assertThat(statement.get("billingContactEmail").asString()).isEqualTo("nora@acme-corp.example.com");
            assertThat(statement.get("openInvoices").get(0).get("number").asString()).isEqualTo(number);
            assertThat(statement.get("totalOutstanding").get("amount").asString()).isEqualTo("1290.00"); // 10 × 100.00 + 19 % tax + 100.00 travel
        }
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'billing-freeze.started'")
                .query(Long.class).single()).isEqualTo(1);

        DepartureCancelled cancelled = new DepartureCancelled(employeeId, 3, departureId, managerId,
                UUID.randomUUID().toString(), "stays after all", Instant.now());
        String cancelId = Events.send(kafka, cancelled);
        Events.send(kafka, cancelled, cancelId);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get200(f1, "/api/finance/freezes?status=LIFTED").size() == 1);
        // the old announcement arriving late (a replayed dead letter) does not freeze again
        long handled = inbox.count("departures", io.holdfast.kit.inbox.Inbox.Outcome.PROCESSED);
        Events.send(kafka, scheduled);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.count("departures", io.holdfast.kit.inbox.Inbox.Outcome.PROCESSED) == handled + 1);
        assertThat(api.get200(f1, "/api/finance/freezes?status=ACTIVE")).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'billing-freeze.lifted'")
                .query(Long.class).single()).isEqualTo(1);

        JsonNode approved = api.post200(f2, "/api/finance/billing-changes/" + waiting + "/approve", null, 200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'billing-change.request-refused'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
