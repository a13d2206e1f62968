package io.holdfast.hr.departure;

import static io.holdfast.hr.HrApi.HR;
import static io.holdfast.hr.HrApi.HR_USER;
import static io.holdfast.hr.HrApi.LEGAL;
import static io.holdfast.hr.HrApi.OPS;
import static io.holdfast.hr.HrApi.OWNER;
import static io.holdfast.hr.HrApi.PRO_RATA_1000;
import static io.holdfast.hr.HrApi.body;
import static io.holdfast.hr.HrApi.contractJson;
import static io.holdfast.hr.HrApi.events;
import static io.holdfast.hr.HrApi.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.holdfast.contracts.Topics;
import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.DeprovisioningFailed;
import io.holdfast.contracts.hr.EarlyDepartureClause;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.PenaltyAdjusted;
import io.holdfast.contracts.hr.PenaltyAssessed;
import io.holdfast.hr.FakeKeycloak;
import io.holdfast.hr.HrApi;
import io.holdfast.hr.penalty.PenaltyCalculator;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@HoldfastIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartureIT {

    static final FakeKeycloak KEYCLOAK = start();
    static final ZoneId COMPANY = ZoneId.of("Europe/Berlin");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("holdfast.keycloak.url", KEYCLOAK::url);
        registry.add("holdfast.keycloak.client-secret", () -> "it-secret");
        registry.add("holdfast.keycloak.retry.poll-interval", () -> "200ms");
        registry.add("holdfast.keycloak.retry.initial-delay", () -> "100ms");
        registry.add("holdfast.keycloak.retry.max-delay", () -> "300ms");
        registry.add("holdfast.keycloak.retry.alert-after-attempts", () -> "3");
        registry.add("holdfast.departures.completion-interval", () -> "300ms");
        registry.add("holdfast.company.time-zone", () -> COMPANY.getId());
    }

    private static FakeKeycloak start() {
        try {
            return new FakeKeycloak("it-secret");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    DepartureService departures;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    HrApi api;
    TopicProbe probe;

    @BeforeAll
    void setUp() {
        api = new HrApi(mvc);
        probe = new TopicProbe(brokers, Topics.HR_EMPLOYEES, Topics.HR_COMPLIANCE);
    }

    @AfterAll
    void tearDown() {
        probe.close();
        KEYCLOAK.close();
    }

    static LocalDate today() {
        return LocalDate.now(COMPANY);
    }

    private String hireWithContract(String userId, String username, LocalDate start, LocalDate termEnd,
            String early) throws Exception {
        String id = api.hire(userId, username);
        api.call(POST, "/api/hr/employees/" + id + "/contracts", HR,
                contractJson("C-" + username, start.toString(), termEnd == null ? null : termEnd.toString(), early)
                        .replace("2024-02-01", start.toString()))
                .andExpect(status().isCreated());
        return id;
    }

    private static String schedule(LocalDate notice, LocalDate lastDay, String reason) {
        return "{\"noticeDate\":\"" + notice + "\",\"lastWorkingDay\":\"" + lastDay + "\",\"reason\":\"" + reason + "\"}";
    }

    @Test
    void scheduleChangeAndCancelPublishTheirEventsWithRisingVersions() throws Exception {
        LocalDate today = today();
        String id = hireWithContract(HrApi.newUserId(), "dora.notice", today.minusYears(1), today.plusYears(1),
                PRO_RATA_1000);
        String url = "/api/hr/employees/" + id + "/departure";

        api.call(GET, "/api/hr/employees/" + id + "/departure-preview?lastWorkingDay=" + today.plusDays(30), HR, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.nonSolicitationMonths").value(12))
                .andExpect(jsonPath("$.nonSolicitationEndsOn").value(today.plusDays(30).plusMonths(12).toString()))
                .andExpect(jsonPath("$.earlyDeparturePenalty.explanation.length()").value(5));

        var created = api.call(POST, url, HR, schedule(today, today.plusDays(30), "RESIGNATION"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.departure.status").value("SCHEDULED"));
        String departureId = body(created).get("departure").get("id").asString();
        api.call(GET, "/api/hr/employees/" + id, HR, null).andExpect(jsonPath("$.status").value("NOTICE_GIVEN"));
        api.call(POST, url, HR, schedule(today, today.plusDays(40), "RESIGNATION")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("departure-exists"));

        api.call(PUT, url, HR, "{\"lastWorkingDay\":\"" + today.plusDays(45) + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.departure.lastWorkingDay").value(today.plusDays(45).toString()));
        api.call(PUT, url, HR, "{\"lastWorkingDay\":\"" + today.minusDays(1) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lastWorkingDay"));

        var scheduled = events(probe, id, DepartureScheduled.class, 2, Duration.ofSeconds(20));
        assertThat(scheduled).hasSize(2);
        DepartureScheduled first = valid(scheduled.get(0), DepartureScheduled.class);
        DepartureScheduled second = valid(scheduled.get(1), DepartureScheduled.class);
        assertThat(first.departureId()).isEqualTo(departureId).isEqualTo(second.departureId());
        assertThat(first.recordedBy()).isEqualTo(HR_USER);
        assertThat(first.team()).isEqualTo("north");
        assertThat(first.nonSolicitationMonths()).isEqualTo(12);
        assertThat(first.nonSolicitationEndsOn()).isEqualTo(today.plusDays(30).plusMonths(12));
        assertThat(second.lastWorkingDay()).isEqualTo(today.plusDays(45));
        assertThat(second.aggregateVersion()).isGreaterThan(first.aggregateVersion());

        api.call(POST, url + "/cancel", HR, "{\"reason\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.call(POST, url + "/cancel", HR, "{\"reason\":\"Stays after a counter-offer\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.departure.status").value("CANCELLED"));
        DepartureCancelled cancelled = valid(events(probe, id, DepartureCancelled.class, 1, Duration.ofSeconds(20))
                .getFirst(), DepartureCancelled.class);
        assertThat(cancelled.aggregateVersion()).isGreaterThan(second.aggregateVersion());
        assertThat(cancelled.departureId()).isEqualTo(departureId);
        api.call(GET, "/api/hr/employees/" + id, HR, null).andExpect(jsonPath("$.status").value("ACTIVE"));
        api.call(PUT, url, HR, "{\"lastWorkingDay\":\"" + today.plusDays(50) + "\"}").andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_log where target_id = :id and action like 'departure.%'")
                .param("id", id).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void badDepartureInputIsRejected() throws Exception {
        LocalDate today = today();
        String id = api.hire(HrApi.newUserId(), "dora.bad");
        String url = "/api/hr/employees/" + id + "/departure";
        api.call(POST, url, HR, schedule(today, today.minusDays(1), "RESIGNATION")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastWorkingDay"));
        api.call(POST, url, HR, schedule(today, today.plusDays(3), "BORED")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.call(POST, url, HR, "{\"noticeDate\":\"" + today + "\",\"reason\":\"OTHER\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lastWorkingDay"));
        api.call(GET, "/api/hr/employees/" + id + "/departure-preview?lastWorkingDay=soon", HR, null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lastWorkingDay"));
        api.call(GET, "/api/hr/departures?view=sideways", HR, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("view"));
        api.call(POST, url + "/complete", HR, null).andExpect(status().isNotFound());
        api.call(GET, "/api/hr/employees/" + id, HR, null).andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void hrCompletesNowAndThePenaltyComesFromTheAmendmentInForceOnTheLastDay() throws Exception {
        LocalDate today = today();
        LocalDate termEnd = today.plusMonths(7).plusDays(9);
        String userId = HrApi.newUserId();
        String id = hireWithContract(userId, "dora.leaves", today.minusYears(1), termEnd, PRO_RATA_1000);
        // an amendment that starts after the last working day does not judge this departure
        api.call(POST, "/api/hr/employees/" + id + "/contracts", HR,
                contractJson("C-dora.leaves", today.plusDays(30).toString(), termEnd.toString(),
                        "{\"kind\":\"FIXED\",\"fixedAmount\":\"99999.00\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.amendment").value(1));
        String url = "/api/hr/employees/" + id + "/departure";
        api.call(POST, url, HR, schedule(today, today.plusDays(20), "DISMISSAL")).andExpect(status().isCreated());

        api.call(POST, url + "/complete", OWNER, null).andExpect(status().isForbidden());
        var done = api.call(POST, url + "/complete", HR, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.departure.status").value("COMPLETED"))
                .andExpect(jsonPath("$.departure.lastWorkingDay").value(today.toString()));
        String departureId = body(done).get("departure").get("id").asString();
        api.call(GET, "/api/hr/employees/" + id, HR, null).andExpect(jsonPath("$.status").value("DEPARTED"));

        BigDecimal expected = new PenaltyCalculator().earlyDeparture(
                new EarlyDepartureClause(EarlyDepartureClause.Kind.PRO_RATA, null, new BigDecimal("1000.00")), "EUR",
                termEnd, today).amount();
        assertThat(expected).isGreaterThan(new BigDecimal("7000"));

        EmployeeDeparted departed = valid(events(probe, id, EmployeeDeparted.class, 1, Duration.ofSeconds(20))
                .getFirst(), EmployeeDeparted.class);
        assertThat(departed.departureId()).isEqualTo(departureId);
        assertThat(departed.lastWorkingDay()).isEqualTo(today);
        assertThat(departed.personalEmail()).isEqualTo("dora.leaves@example.org");
        assertThat(departed.contract().amendment()).isZero();
        assertThat(departed.contract().earlyDeparture().kind()).isEqualTo(EarlyDepartureClause.Kind.PRO_RATA);
        assertThat(departed.nonSolicitationEndsOn()).isEqualTo(today.plusMonths(12));

        var assessedRecords = events(probe, departedPenaltyId(departureId), PenaltyAssessed.class, 1,
                Duration.ofSeconds(20));
        assertThat(assessedRecords).hasSize(1);
        PenaltyAssessed assessed = valid(assessedRecords.getFirst(), PenaltyAssessed.class);
        assertThat(assessed.amount().amount()).isEqualByComparingTo(expected);
        assertThat(assessed.amendment()).isZero();
        assertThat(assessed.explanation().getFirst()).contains("Contract C-dora.leaves, amendment 0");
        assertThat(assessed.explanation()).anyMatch(l -> l.startsWith("Months left: 7 whole month(s)"));

        // the owner, and only the owner, reduces or waives it, with a reason
        String penaltyUrl = "/api/hr/penalties/" + assessed.penaltyId();
        api.call(GET, penaltyUrl, TestTokens.withRoles("finance"), null).andExpect(status().isOk());
        api.call(GET, penaltyUrl, TestTokens.withRoles("account-manager"), null).andExpect(status().isForbidden());
        String reduce = "{\"kind\":\"REDUCED\",\"newAmount\":\"100.00\",\"reason\":\"Agreed at the exit talk\"}";
        api.call(POST, penaltyUrl + "/adjustment", HR, reduce).andExpect(status().isForbidden());
        api.call(POST, penaltyUrl + "/adjustment", OWNER, reduce.replace("100.00", "999999.00"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("newAmount"));
        api.call(POST, penaltyUrl + "/adjustment", OWNER, "{\"kind\":\"REDUCED\",\"newAmount\":\"100.00\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.call(POST, penaltyUrl + "/adjustment", OWNER, reduce).andExpect(status().isOk())
                .andExpect(jsonPath("$.amount.amount").value("100.00")).andExpect(jsonPath("$.adjustment").value("REDUCED"));
        api.call(POST, penaltyUrl + "/adjustment", OWNER, "{\"kind\":\"WAIVED\",\"reason\":\"Hardship\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.amount.amount").value("0.00"));
        api.call(POST, penaltyUrl + "/adjustment", OWNER, "{\"kind\":\"WAIVED\",\"reason\":\"Again\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("nothing-owed"));
        var adjusted = events(probe, assessed.penaltyId(), PenaltyAdjusted.class, 2, Duration.ofSeconds(20));
        assertThat(adjusted).hasSize(2);
        PenaltyAdjusted reduced = valid(adjusted.get(0), PenaltyAdjusted.class);
        PenaltyAdjusted waived = valid(adjusted.get(1), PenaltyAdjusted.class);
        assertThat(reduced.aggregateVersion()).isEqualTo(2);
        assertThat(reduced.previousAmount().amount()).isEqualByComparingTo(expected);
        assertThat(waived.aggregateVersion()).isEqualTo(3);
        assertThat(waived.newAmount().amount()).isEqualByComparingTo("0");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'penalty.adjusted' and target_id = :id")
                .param("id", assessed.penaltyId()).query(Long.class).single()).isEqualTo(2);

        api.call(GET, "/api/hr/departures/" + departureId, OPS, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.penalties[0].assessedAmount.amount").value(expected.toPlainString()))
                .andExpect(jsonPath("$.deprovisioning.username").value("dora.leaves"));
        api.call(GET, "/api/hr/departures?view=departed&days=1", OWNER, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.departure.id == '" + departureId + "')]").exists());
    }

    private String departedPenaltyId(String departureId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from penalty where departure_id = cast(:d as uuid)").param("d", departureId)
                .query(Long.class).single() == 1);
        return jdbc.sql("select id::text from penalty where departure_id = cast(:d as uuid)").param("d", departureId)
                .query(String.class).single();
    }

    @Test
    void theJobCompletesADepartureOnceItsLastDayHasEndedInTheCompanyTimeZone() throws Exception {
        LocalDate today = today();
        String id = hireWithContract(HrApi.newUserId(), "dora.served", today.minusYears(3), today.minusDays(10),
                PRO_RATA_1000.replace("1000.00", "500.00"));
        String upcoming = hireWithContract(HrApi.newUserId(), "dora.later", today.minusYears(1), null,
                "{\"kind\":\"FIXED\",\"fixedAmount\":\"0\"}");
        api.call(POST, "/api/hr/employees/" + upcoming + "/departure", HR,
                schedule(today, today.plusDays(5), "END_OF_CONTRACT")).andExpect(status().isCreated());
        var created = api.call(POST, "/api/hr/employees/" + id + "/departure", HR,
                schedule(today.minusDays(30), today.minusDays(1), "END_OF_CONTRACT")).andExpect(status().isCreated());
        String departureId = body(created).get("departure").get("id").asString();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.call(GET, "/api/hr/employees/" + id, HR, null)
                .andExpect(jsonPath("$.status").value("DEPARTED")));
        var departed = events(probe, id, EmployeeDeparted.class, 1, Duration.ofSeconds(20));
        assertThat(departed).hasSize(1);
        assertThat(valid(departed.getFirst(), EmployeeDeparted.class).lastWorkingDay()).isEqualTo(today.minusDays(1));
        // the term was served: the penalty is recorded as nothing owed, and finance gets no PenaltyAssessed
        api.call(GET, "/api/hr/departures/" + departureId, HR, null)
                .andExpect(jsonPath("$.departure.completedBy").value("system"))
                .andExpect(jsonPath("$.penalties[0].amount.amount").value("0.00"))
                .andExpect(jsonPath("$.penalties[0].explanation[2]").value(org.hamcrest.Matchers.containsString("served")));
        assertThat(probe.allPublishedBy(jdbc).stream()
                .filter(r -> r.value().contains(departureId) && r.topic().equals(Topics.HR_COMPLIANCE))).isEmpty();
        // a departure whose last day is ahead stays scheduled
        api.call(GET, "/api/hr/employees/" + upcoming, HR, null).andExpect(jsonPath("$.status").value("NOTICE_GIVEN"));
        api.call(GET, "/api/hr/departures?view=upcoming&days=7", LEGAL, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'dora.later')]").exists())
                .andExpect(jsonPath("$[?(@.username == 'dora.served')]").doesNotExist());
        api.call(GET, "/api/hr/departures?view=in-notice", OWNER, null)
                .andExpect(jsonPath("$[?(@.username == 'dora.later')]").exists());
        api.call(GET, "/api/hr/departures?view=departed&days=7", OWNER, null)
                .andExpect(jsonPath("$[?(@.username == 'dora.served')]").exists());
    }

    @Test
    void keycloakDeprovisioningIsRetriedUntilItSucceedsAndRaisedOnceAfterThreeFailures() throws Exception {
        LocalDate today = today();
        String userId = HrApi.newUserId();
        KEYCLOAK.failFirst(userId, 4);
        String id = hireWithContract(userId, "dora.locked", today.minusYears(1), null,
                "{\"kind\":\"FIXED\",\"fixedAmount\":\"0\"}");
        api.call(POST, "/api/hr/employees/" + id + "/departure", HR, schedule(today, today, "OTHER"))
                .andExpect(status().isCreated());
        var done = api.call(POST, "/api/hr/employees/" + id + "/departure/complete", HR, null)
                .andExpect(status().isOk());
        String departureId = body(done).get("departure").get("id").asString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> api.call(GET, "/api/hr/departures/" + departureId,
                OPS, null).andExpect(jsonPath("$.deprovisioning.status").value("DONE"))
                .andExpect(jsonPath("$.deprovisioning.attempts").value(5))
                .andExpect(jsonPath("$.deprovisioning.lastError").value(org.hamcrest.Matchers.containsString("503"))));

        var failed = events(probe, id, DeprovisioningFailed.class, 1, Duration.ofSeconds(20));
        assertThat(probe.allPublishedBy(jdbc).stream().filter(r -> id.equals(r.key())
                && r.value().contains("\"attempts\""))).hasSize(1);
        DeprovisioningFailed event = valid(failed.getFirst(), DeprovisioningFailed.class);
        assertThat(event.attempts()).isEqualTo(3);
        assertThat(event.userId()).isEqualTo(userId);
        assertThat(event.reason()).contains("disable user").contains("503");

        var calls = KEYCLOAK.callsFor(userId);
        assertThat(calls.stream().filter(c -> c.method().equals("PUT"))).hasSize(5)
                .allSatisfy(c -> {
                    assertThat(c.body()).isEqualTo("{\"enabled\":false}");
                    assertThat(c.authorization()).isEqualTo("Bearer " + FakeKeycloak.TOKEN);
                });
        assertThat(calls.stream().filter(c -> c.method().equals("POST") && c.path().endsWith("/logout"))).hasSize(1);
        api.call(POST, "/api/hr/departures/" + departureId + "/deprovisioning/retry", LEGAL, null)
                .andExpect(status().isForbidden());
        api.call(POST, "/api/hr/departures/" + departureId + "/deprovisioning/retry", OPS, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
    }

    @Test
    void severalInstancesCompletingAtOnceCompleteEachDueDepartureExactlyOnce() throws Exception {
        LocalDate today = today();
        java.util.List<String> employees = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = hireWithContract(HrApi.newUserId(), "dora.race" + i, today.minusYears(1), today.plusYears(1),
                    PRO_RATA_1000);
            api.call(POST, "/api/hr/employees/" + id + "/departure", HR, schedule(today, today.plusDays(3), "OTHER"))
                    .andExpect(status().isCreated());
            employees.add(id);
        }
        // all eight become due at the same moment (as after a night), then four "instances" race the job for them
        jdbc.sql("update departure set notice_date = :d, last_working_day = :d where employee_id::text in (:ids)")
                .param("d", today.minusDays(1)).param("ids", employees).update();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var start = new java.util.concurrent.CountDownLatch(1);
        var completedByRacers = new java.util.concurrent.atomic.AtomicInteger();
        long began = System.nanoTime();
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                start.await();
                while (departures.completeNextDue()) {
                    completedByRacers.incrementAndGet();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.println("[figure] 8 due departures completed by 4 racing callers + the job in " + millis + " ms; "
                + completedByRacers.get() + " by the racers");

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from departure where employee_id::text in (:ids) and status = 'COMPLETED'")
                .param("ids", employees).query(Long.class).single() == 8);
        for (String id : employees) {
            assertThat(events(probe, id, EmployeeDeparted.class, 1, Duration.ofSeconds(10))).as(id).hasSize(1);
        }
        assertThat(probe.allPublishedBy(jdbc).stream().filter(r -> employees.contains(r.key())
                && r.value().contains("\"personalEmail\"") && r.value().contains("\"lastWorkingDay\"")
                && !r.value().contains("\"noticeDate\""))).hasSize(8);
        assertThat(jdbc.sql("select count(*) from penalty where employee_id::text in (:ids)").param("ids", employees)
                .query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from deprovisioning where employee_id::text in (:ids)")
                .param("ids", employees).query(Long.class).single()).isEqualTo(8);
    }

    @Test
    void legalRecordsDocumentUseViolationsAfterTheDepartureAsAPenalty() throws Exception {
        LocalDate today = today();
        String id = hireWithContract(HrApi.newUserId(), "dora.docs", today.minusYears(1), null,
                "{\"kind\":\"FIXED\",\"fixedAmount\":\"0\"}");
        var created = api.call(POST, "/api/hr/employees/" + id + "/departure", HR, schedule(today, today, "DISMISSAL"))
                .andExpect(status().isCreated());
        String departureId = body(created).get("departure").get("id").asString();
        String url = "/api/hr/departures/" + departureId + "/document-use-violations";
        String three = "{\"violations\":3,\"established\":\"Price list sent to a client from a private address\"}";
        api.call(POST, url, LEGAL, three).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("departure-not-completed"));
        api.call(POST, "/api/hr/employees/" + id + "/departure/complete", HR, null).andExpect(status().isOk());
        api.call(POST, url, HR, three).andExpect(status().isForbidden());
        api.call(POST, url, LEGAL, three.replace(":3", ":0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("violations"));
        var penalty = api.call(POST, url, LEGAL, three).andExpect(status().isCreated())
                .andExpect(jsonPath("$.clause").value("DOCUMENT_USE"))
                .andExpect(jsonPath("$.amount.amount").value("3000.00"));
        String penaltyId = body(penalty).get("id").asString();
        PenaltyAssessed assessed = valid(events(probe, penaltyId, PenaltyAssessed.class, 1, Duration.ofSeconds(20))
                .getFirst(), PenaltyAssessed.class);
        assertThat(assessed.clause()).isEqualTo(PenaltyAssessed.Clause.DOCUMENT_USE);
        assertThat(assessed.explanation()).contains("Established: Price list sent to a client from a private address");
        api.call(GET, "/api/hr/departures/" + departureId, LEGAL, null)
                .andExpect(jsonPath("$.penalties.length()").value(2));
        api.call(POST, "/api/hr/departures/" + HrApi.newUserId() + "/document-use-violations", OWNER, three)
                .andExpect(status().isNotFound());
    }

    @Test
    void anEmployeeWithoutAContractDepartsWithoutPenaltyOrWatch() throws Exception {
        LocalDate today = today();
        String id = api.hire(HrApi.newUserId(), "dora.nocontract");
        api.call(POST, "/api/hr/employees/" + id + "/departure", HR, schedule(today, today, "OTHER"))
                .andExpect(status().isCreated());
        DepartureScheduled scheduled = valid(events(probe, id, DepartureScheduled.class, 1, Duration.ofSeconds(20))
                .getFirst(), DepartureScheduled.class);
        assertThat(scheduled.nonSolicitationMonths()).isNull();
        api.call(POST, "/api/hr/employees/" + id + "/departure/complete", HR, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.penalties.length()").value(0)).andExpect(jsonPath("$.watches.length()").value(0));
        EmployeeDeparted departed = valid(events(probe, id, EmployeeDeparted.class, 1, Duration.ofSeconds(20))
                .getFirst(), EmployeeDeparted.class);
        assertThat(departed.contract()).isNull();
        assertThat(departed.nonSolicitationEndsOn()).isNull();
        api.call(POST, "/api/hr/employees/" + id + "/departure", HR, schedule(today, today, "OTHER"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("employee-departed"));
        api.call(POST, "/api/hr/employees/" + id + "/contracts", HR,
                contractJson("C-late", "2025-01-01", null, "{\"kind\":\"FIXED\",\"fixedAmount\":\"1\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("employee-departed"));
    }

    @Test
    void departureEndpointsStateTheirRoles() throws Exception {
        String id = api.hire(HrApi.newUserId(), "dora.roles");
        String url = "/api/hr/employees/" + id + "/departure";
        String manager = TestTokens.withRoles("account-manager", "team-lead", "finance");
        LocalDate today = today();
        api.call(POST, url, manager, schedule(today, today.plusDays(9), "RESIGNATION")).andExpect(status().isForbidden());
        api.call(POST, url, OWNER, schedule(today, today.plusDays(9), "RESIGNATION")).andExpect(status().isForbidden());
        api.call(PUT, url, manager, "{\"lastWorkingDay\":\"" + today.plusDays(9) + "\"}").andExpect(status().isForbidden());
        api.call(POST, url + "/cancel", manager, "{\"reason\":\"x\"}").andExpect(status().isForbidden());
        api.call(POST, url + "/complete", manager, null).andExpect(status().isForbidden());
        api.call(GET, url, manager, null).andExpect(status().isForbidden());
        api.call(GET, "/api/hr/employees/" + id + "/departure-preview?lastWorkingDay=" + today, manager, null)
                .andExpect(status().isForbidden());
        api.call(GET, "/api/hr/departures?view=in-notice", manager, null).andExpect(status().isForbidden());
        api.call(GET, "/api/hr/departures/" + HrApi.newUserId(), manager, null).andExpect(status().isForbidden());
        api.call(GET, "/api/hr/departures/" + HrApi.newUserId(), OWNER, null).andExpect(status().isNotFound());
        api.call(POST, "/api/hr/penalties/" + HrApi.newUserId() + "/adjustment", manager,
                "{\"kind\":\"WAIVED\",\"reason\":\"x\"}").andExpect(status().isForbidden());
        api.call(GET, "/api/hr/employees/" + id + "/departure-preview?lastWorkingDay=" + today, HR, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.contractNumber").doesNotExist());
    }
}
