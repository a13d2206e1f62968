package io.holdfast.finance.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.holdfast.contracts.Money;
import io.holdfast.contracts.hr.NonSolicitationBreachSuspected;
import io.holdfast.contracts.hr.NonSolicitationClause;
import io.holdfast.contracts.hr.PenaltyAdjusted;
import io.holdfast.contracts.hr.PenaltyAssessed;
import io.holdfast.finance.Events;
import io.holdfast.finance.FinanceApi;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Penalty receivables from hr's compliance stream, and the finance system's cursor feed under concurrent writes. */
@HoldfastIntegrationTest
class ReceivableAndFeedIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    io.holdfast.kit.inbox.Inbox inbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ChangeLog changeLog;

    final String finance = TestTokens.withRoles("finance");
    final String financeSystem = TestTokens.token(UUID.randomUUID().toString(), "service-account-finance-system",
            "finance-system");
    String clientId;
    FinanceApi api;

    @BeforeEach
    void client() {
        api = new FinanceApi(mvc);
        clientId = UUID.randomUUID().toString();
        Events.send(kafka, Events.registered(clientId, "Acme Feed Ltd", UUID.randomUUID().toString(),
                Events.billingContact("accounts@acme-feed.example.com")));
        api.awaitAccount(finance, clientId);
    }

    @Test
    void penaltiesAndSuspectedBreachesOpenReceivablesForFinanceAndLegalOnceAndHrsWaiverShows() throws Exception {
        String penaltyId = UUID.randomUUID().toString();
        PenaltyAssessed assessed = new PenaltyAssessed(penaltyId, 1, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "Lea Ver", UUID.randomUUID().toString(), "C-2024-17", 0,
                PenaltyAssessed.Clause.EARLY_DEPARTURE, Money.of("4500.00", "EUR"),
                List.of("committed until 2027-06-30", "3 months short × 1500.00"), Instant.now());
        long duplicates = inbox.count("receivables", io.holdfast.kit.inbox.Inbox.Outcome.DUPLICATE);
        String eventId = Events.send(kafka, assessed);
        Events.send(kafka, assessed, eventId);
        String breachId = UUID.randomUUID().toString();
        Events.send(kafka, new NonSolicitationBreachSuspected(breachId, 1, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "Lea Ver", clientId, "Acme Feed Ltd", UUID.randomUUID().toString(),
                "C-2024-17", 0, 12, NonSolicitationClause.Kind.FIXED, new BigDecimal("20000.00"),
                LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(10), LocalDate.now(),
                LocalDate.now().minusYears(2), LocalDate.now().minusMonths(2), Money.of("20000.00", "EUR"),
                List.of("client churned 2 months after departure", "went to: Lea Ver Consulting"), Instant.now()));

        String legal = TestTokens.withRoles("legal");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get200(legal, "/api/finance/receivables").size() == 2
                && inbox.count("receivables", io.holdfast.kit.inbox.Inbox.Outcome.DUPLICATE) > duplicates);
        JsonNode all = api.get200(finance, "/api/finance/receivables?status=OPEN");
        assertThat(all).hasSize(2);
        mvc.perform(get("/api/finance/receivables").header("Authorization", "Bearer " + TestTokens.withRoles("account-manager")))
                .andExpect(status().isForbidden());

        String receivable = jdbc.sql("select cast(id as text) from receivable where source_id = :s").param("s", breachId)
                .query(String.class).single();
        mvc.perform(patch("/api/finance/receivables/" + receivable).header("Authorization", "Bearer " + legal)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DISPUTED\",\"note\":\"former employee contests\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISPUTED"))
                .andExpect(jsonPath("$.amount.amount").value("20000.00"));
        mvc.perform(patch("/api/finance/receivables/" + receivable).header("Authorization", "Bearer " + finance)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"WAIVED\",\"note\":\"x\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("RECEIVABLE_STATUS"));
        mvc.perform(patch("/api/finance/receivables/" + receivable).header("Authorization", "Bearer " + finance)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SOLD\",\"note\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));

        Events.send(kafka, new PenaltyAdjusted(penaltyId, 2, assessed.employeeId(), Money.of("4500.00", "EUR"),
                Money.of("0.00", "EUR"), PenaltyAdjusted.Kind.WAIVED, "settled amicably", UUID.randomUUID().toString(),
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get200(finance, "/api/finance/receivables?status=WAIVED").size() == 1);
        JsonNode waived = api.get200(finance, "/api/finance/receivables?status=WAIVED").get(0);
        assertThat(waived.get("amount").get("amount").asString()).isEqualTo("0.00");
        assertThat(waived.get("originalAmount").get("amount").asString()).isEqualTo("4500.00");
        assertThat(jdbc.sql("select count(*) from audit_log where action like 'receivable.%'").query(Long.class).single())
                .isEqualTo(4); // two opened, one status change, one adjustment
    }

    @Test
    void aTransactionStillOpenHoldsBackLaterCommitsSoNothingLandsBehindTheCursor() throws Exception {
        String start = end();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        UUID slow = UUID.randomUUID();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> slowWriter = pool.submit(() -> tx.executeWithoutResult(s -> {
                changeLog.record("TEST", slow, "SLOW", java.util.Map.of("n", 1));
                written.countDown();
                hold(release);
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            UUID fast = UUID.randomUUID();
            tx.executeWithoutResult(s -> changeLog.record("TEST", fast, "FAST", java.util.Map.of("n", 2)));

            JsonNode held = page(start, 200);
            assertThat(held.get("items")).isEmpty(); // the fast row committed, but the slow one could still land before it
            assertThat(held.get("next").asString()).isEqualTo(start);

            release.countDown();
            slowWriter.get(10, TimeUnit.SECONDS);
            // xids are cluster-wide: a transaction of anyone else on the server may hold the feed back a moment
            List<String> ids = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                ids.clear();
                page(start, 200).get("items").forEach(i -> ids.add(i.get("entityId").asString()));
                return ids.size() >= 2;
            });
            assertThat(ids).containsExactly(slow.toString(), fast.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFeedMissesNothingAndRepeatsNothingWhileInvoicesAreBeingWritten() throws Exception {
        String cursor = end();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            done.add(writers.submit(() -> {
                int invoices = 0;
                for (int i = 0; i < 8; i++) {
                    String id = api.issuedInvoice(finance, clientId, 30, "7.00");
                    api.post200(finance, "/api/finance/invoices/" + id + "/payments", """
                            {"amount":"10.00","receivedOn":"%s"}""".formatted(LocalDate.now()), 201);
                    invoices++;
                }
                return invoices;
            }));
        }
        List<Long> seen = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        int pages = 0;
        while (writing.get()) {
            JsonNode p = page(cursor, 7);
            p.get("items").forEach(i -> collect(i, seen, cursors));
            cursor = p.get("next").asString();
            pages++;
            if (done.stream().allMatch(Future::isDone)) {
                writing.set(false);
            }
        }
        for (Future<Integer> f : done) {
            assertThat(f.get()).isEqualTo(8);
        }
        writers.shutdown();
        // this test's client only: other tests of the class write to the feed too
        List<Long> written = jdbc.sql("select id from change_log where payload like :client order by id")
                .param("client", "%\"clientId\":\"" + clientId + "\"%").query(Long.class).list();
        // drain: the feed may lag while any transaction on the server is open, but it catches up
        Instant deadline = Instant.now().plusSeconds(30);
        while (seen.size() < written.size() && Instant.now().isBefore(deadline)) {
            JsonNode rest = page(cursor, 7);
            rest.get("items").forEach(i -> collect(i, seen, cursors));
            cursor = rest.get("next").asString();
        }
        assertThat(page(cursor, 7).get("items")).isEmpty();
        // 24 invoices × (drafted, issued, payment applied) + 24 payments
        assertThat(written).hasSize(24 * 4);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
        assertThat(pages).isGreaterThan(1);
    }

    @Test
    void theFeedIsForTheFinanceSystemAndFinanceOnlyAndRefusesABadCursor() throws Exception {
        JsonNode first = page(null, 5);
        assertThat(first.get("next").asString()).matches("\\d+-\\d+");
        mvc.perform(get("/api/finance/feed").header("Authorization", "Bearer " + TestTokens.withRoles("account-manager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/finance/invoices").header("Authorization", "Bearer " + financeSystem))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/finance/feed").param("after", "yesterday").header("Authorization", "Bearer " + financeSystem))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("after"));
        mvc.perform(get("/api/finance/feed").param("limit", "0").header("Authorization", "Bearer " + financeSystem))
                .andExpect(status().isBadRequest());
        String id = api.issuedInvoice(finance, clientId, 30, "1.00");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<String> states = new ArrayList<>();
            page(first.get("next").asString(), 200).get("items").forEach(i -> {
                if (i.get("entityId").asString().equals(id)) {
                    states.add(i.get("change").asString() + ":" + i.get("state").get("status").asString());
                }
            });
            return states.equals(List.of("DRAFTED:DRAFT", "ISSUED:ISSUED"));
        });
    }

    /** Keeps the change-log ids of this test's client; every cursor must be new (nothing handed out twice). */
    private void collect(JsonNode item, List<Long> seen, Set<String> cursors) {
        assertThat(cursors.add(item.get("cursor").asString())).as("repeated " + item).isTrue();
        JsonNode client = item.path("state").path("clientId");
        if (!client.isMissingNode() && clientId.equals(client.asString())) {
            seen.add(Long.parseLong(item.get("cursor").asString().split("-")[1]));
        }
    }

    /** The cursor after everything already visible. */
    private String end() throws Exception {
        JsonNode p = page(null, 200);
        while (!p.get("items").isEmpty()) {
            p = page(p.get("next").asString(), 200);
        }
        return p.get("next").asString();
    }

    private JsonNode page(String after, int limit) throws Exception {
        var request = get("/api/finance/feed").param("limit", String.valueOf(limit))
                .header("Authorization", "Bearer " + financeSystem);
        if (after != null) {
            request = request.param("after", after);
        }
        return api.json(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
