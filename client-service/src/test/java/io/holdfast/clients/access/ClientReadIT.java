package io.holdfast.clients.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.clients.HrEvents;
import io.holdfast.clients.TestData;
import io.holdfast.contracts.EventSchemas;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.contracts.crm.SuspiciousAccessDetected.ReasonCode;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every read of client data reaches the access log (one row per read or page), the anomaly rule and, in notice, the cap. */
@HoldfastIntegrationTest
@TestPropertySource(properties = {"holdfast.clients.access.hourly-threshold=6", "holdfast.clients.access.usual-minimum=100",
        "holdfast.clients.access.notice-hourly-read-cap=5"})
class ClientReadIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    record Row(String kind, String what, List<UUID> clientIds) {
    }

    List<Row> rowsOf(String userId) {
        return jdbc.sql("select kind, what, client_ids from client_access where user_id = :u order by id").param("u", userId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), Arrays.asList((UUID[]) rs.getArray(3).getArray())))
                .list();
    }

    void read(String token, String path, Map<String, String> params, int expected) throws Exception {
        var request = get(path).header("Authorization", "Bearer " + token);
        params.forEach(request::param);
        mvc.perform(request).andExpect(status().is(expected));
    }

    @Test
    void eachReadOfClientDataIsOneRowNamingTheClientsShown() throws Exception {
        String userId = UUID.randomUUID().toString();
        String token = TestTokens.token(userId, "reader2", "account-manager");
        List<UUID> clients = TestData.clients(jdbc, userId, "reads", "Read Client " + userId.substring(0, 8), 3,
                i -> new BigDecimal("1000.00"));
        UUID one = clients.getFirst();
        jdbc.sql("insert into client_risk (client_id, score, band, reasons) values (:c, 40, 'MEDIUM', '[]')")
                .param("c", one).update();

        read(token, "/api/clients/" + one, Map.of(), 200);
        read(token, "/api/clients/" + one + "/contacts", Map.of(), 200);
        read(token, "/api/clients/" + one + "/touchpoints", Map.of(), 200);
        read(token, "/api/clients/" + one + "/risk", Map.of(), 200);
        read(token, "/api/clients/handovers", Map.of("clientId", one.toString()), 200);
        read(token, "/api/clients", Map.of("managerUserId", userId, "limit", "2"), 200);
        read(token, "/api/clients/risk", Map.of(), 200);
        // a client outside the caller's scope is a 404 and shows nothing: not recorded as read
        read(token, "/api/clients/" + UUID.randomUUID() + "/contacts", Map.of(), 404);

        List<Row> rows = rowsOf(userId);
        assertThat(rows).extracting(Row::what).containsExactly("DETAIL", "CONTACTS", "TOUCHPOINTS", "RISK", "HANDOVERS",
                "LIST", "LIST");
        assertThat(rows.subList(0, 5)).allSatisfy(r -> assertThat(r.clientIds()).containsExactly(one));
        assertThat(rows.get(5).clientIds()).hasSize(2).isSubsetOf(clients); // one row for the page of two
        assertThat(rows.get(6).clientIds()).containsExactly(one); // the risk list shows the one client with a score
        assertThat(rows).extracting(Row::kind).containsOnly("READ");

        // the owner's access log finds a client in a page entry too
        UUID paged = rows.get(5).clientIds().get(1);
        mvc.perform(get("/api/clients/access-log").param("clientId", paged.toString())
                        .header("Authorization", "Bearer " + TestTokens.withRoles("owner")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].userId").value(userId))
                .andExpect(jsonPath("$[0].what").value("LIST")).andExpect(jsonPath("$[0].clientId").isEmpty())
                .andExpect(jsonPath("$[0].clientIds.length()").value(2));

        // a departure-impact preview lists the manager's clients: one LIST row for the previewing owner
        String ownerId = UUID.randomUUID().toString();
        read(TestTokens.token(ownerId, "previewer", "owner"), "/api/clients/departure-impact", Map.of("managerUserId", userId), 200);
        assertThat(rowsOf(ownerId)).singleElement().satisfies(r -> {
            assertThat(r.what()).isEqualTo("LIST");
            assertThat(r.clientIds()).containsExactlyInAnyOrderElementsOf(clients);
        });
    }

    /** The write cost of recording: a page of 50 clients is one insert. Prints a rough figure for the README. */
    @Test
    void aPageOfFiftyClientsIsOneInsertAndTheRateIsPrinted() throws Exception {
        String userId = UUID.randomUUID().toString();
        String token = TestTokens.token(userId, "pager", "account-manager");
        TestData.clients(jdbc, userId, "reads", "Paged " + userId.substring(0, 8), 50, i -> new BigDecimal("1000.00"));
        int pages = 200;
        long start = System.nanoTime();
        for (int i = 0; i < pages; i++) {
            read(token, "/api/clients", Map.of("managerUserId", userId, "limit", "50"), 200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(jdbc.sql("select count(*), sum(cardinality(client_ids)) from client_access where user_id = :u")
                .param("u", userId).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
                .containsExactly((long) pages, pages * 50L);
        System.out.printf("READ-LOG: %d pages of 50 clients read and recorded in %.2f s: %.0f pages/s, %.0f client reads/s"
                + " (whole request through MockMvc, one insert per page)%n", pages, seconds, pages / seconds, pages * 50 / seconds);
    }

    @Test
    void theAnomalyRuleCountsTheClientsOfAListPage() throws Exception {
        String userId = UUID.randomUUID().toString();
        String token = TestTokens.token(userId, "lister", "account-manager");
        TestData.clients(jdbc, userId, "reads", "Listed " + userId.substring(0, 8), 7, i -> new BigDecimal("1000.00"));

        read(token, "/api/clients", Map.of("managerUserId", userId, "limit", "50"), 200);

        assertThat(rowsOf(userId)).singleElement().satisfies(r -> assertThat(r.clientIds()).hasSize(7));
        ConsumerRecord<String, String> event = TestData.event(brokers, Topics.CRM_ACCESS,
                "io.holdfast.crm.SuspiciousAccessDetected.v1", userId);
        assertThat(EventSchemas.validate(SuspiciousAccessDetected.class, event.value())).isEmpty();
        SuspiciousAccessDetected payload = EventJson.read(event.value(), SuspiciousAccessDetected.class);
        assertThat(payload.distinctClients()).isEqualTo(7);
        assertThat(payload.reasonCode()).isEqualTo(ReasonCode.HOURLY_THRESHOLD);
    }

    @Test
    void aPersonInNoticeIsRefusedPastTheHourlyReadCapAuditedAndReportedOnce() throws Exception {
        String employeeId = UUID.randomUUID().toString();
        String userId = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(employeeId, userId, "capped", "reads", "account-manager"));
        HrEvents.send(kafka, HrEvents.departure(employeeId, userId, UUID.randomUUID().toString(), "reads"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select status from employee where user_id = :u")
                .param("u", userId).query(String.class).optional().orElse("").equals("NOTICE_GIVEN"));
        String token = TestTokens.token(userId, "capped", "account-manager");
        List<UUID> clients = TestData.clients(jdbc, userId, "reads", "Capped " + userId.substring(0, 8), 4,
                i -> new BigDecimal("1000.00"));

        read(token, "/api/clients", Map.of("managerUserId", userId), 200); // 4 clients shown
        read(token, "/api/clients/" + clients.getFirst() + "/contacts", Map.of(), 200); // 5: the cap is reached
        for (String path : List.of("/api/clients/" + clients.get(1), "/api/clients/" + clients.get(1) + "/contacts",
                "/api/clients/" + clients.get(2) + "/touchpoints")) {
            mvc.perform(get(path).header("Authorization", "Bearer " + token))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("READ_CAP_IN_NOTICE"));
        }
        // the refused reads show nothing and are not recorded as reads; each refusal is audited
        assertThat(rowsOf(userId)).hasSize(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                "select count(*) from audit_log where action = 'clients.read-capped' and target_id = :u")
                .param("u", userId).query(Long.class).single() == 3);

        // "once": the export refused after the three refusals is a marker on the same key, published after any
        // alert they raised; once it has arrived, every alert of theirs has too
        mvc.perform(get("/api/clients/export.csv").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        List<ConsumerRecord<String, String>> upToMarker;
        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_ACCESS)) {
            upToMarker = probe.until(r -> r.stream().anyMatch(x -> userId.equals(x.key())
                    && "io.holdfast.crm.ExportBlocked.v1".equals(TopicProbe.header(x, "ce_type"))), Duration.ofSeconds(30));
        }
        List<SuspiciousAccessDetected> capAlerts = upToMarker.stream().filter(r -> userId.equals(r.key())
                        && "io.holdfast.crm.SuspiciousAccessDetected.v1".equals(TopicProbe.header(r, "ce_type")))
                .peek(r -> assertThat(EventSchemas.validate(SuspiciousAccessDetected.class, r.value())).isEmpty())
                .map(r -> EventJson.read(r.value(), SuspiciousAccessDetected.class)).toList();
        assertThat(capAlerts).singleElement().satisfies(e -> {
            assertThat(e.reasonCode()).isEqualTo(ReasonCode.READ_CAP_IN_NOTICE);
            assertThat(e.threshold()).isEqualTo(5);
            assertThat(e.username()).isEqualTo("capped");
        });

        // the same reads by someone not in notice are not capped
        String active = UUID.randomUUID().toString();
        String activeToken = TestTokens.token(active, "free", "account-manager");
        List<UUID> theirs = TestData.clients(jdbc, active, "reads", "Free " + active.substring(0, 8), 4,
                i -> new BigDecimal("1000.00"));
        read(activeToken, "/api/clients", Map.of("managerUserId", active), 200);
        read(activeToken, "/api/clients/" + theirs.getFirst() + "/contacts", Map.of(), 200);
        read(activeToken, "/api/clients/" + theirs.get(1), Map.of(), 200);
    }

    /** A control that the leaver can route around through another endpoint is not a control. */
    @Test
    void everyGetEndpointUnderApiClientsIsEitherARecordedReadOrNamedAsNoClientData() {
        List<String> unclassified = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(p -> p.startsWith("/api/clients"))
                .filter(p -> !ClientRead.BY_PATTERN.containsKey(p) && !ClientRead.NOT_CLIENT_DATA.contains(p))
                .toList();
        assertThat(unclassified).isEmpty();
    }
}
