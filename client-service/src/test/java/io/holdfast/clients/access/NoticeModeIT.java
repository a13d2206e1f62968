package io.holdfast.clients.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.holdfast.clients.HrEvents;
import io.holdfast.clients.TestData;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A leaver in notice tries every write door under /api/clients, read from the request mappings so that a door
 * added later is tried too: each is refused IN_NOTICE, audited and counted, except an ordinary touchpoint.
 */
@HoldfastIntegrationTest
class NoticeModeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MeterRegistry meters;

    List<String> writes() {
        List<String> writes = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().stream()
                .filter(m -> m != RequestMethod.GET)
                .forEach(m -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/clients"))
                        .forEach(p -> writes.add(m.name() + " " + p))));
        return writes;
    }

    @Test
    void everyWriteOnClientDataButATouchpointIsRefusedToSomeoneInNotice() throws Exception {
        String employeeId = UUID.randomUUID().toString();
        String leaver = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(employeeId, leaver, "nora", "north", "team-lead", "account-manager"));
        List<UUID> own = TestData.clients(jdbc, leaver, "north", "Notice " + leaver.substring(0, 8), 2,
                i -> new BigDecimal("1000.00"));
        String token = TestTokens.token(leaver, "nora", "team-lead", "account-manager");
        String departureId = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.departure(employeeId, leaver, departureId, "north"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "NOTICE_GIVEN".equals(jdbc.sql(
                "select status from employee where user_id = :u").param("u", leaver).query(String.class).optional().orElse(null)));

        List<String> writes = writes();
        assertThat(writes).as("the allowed writes exist").containsAll(NoticeGuard.ALLOWED_IN_NOTICE);
        assertThat(writes).hasSizeGreaterThan(10);
        long audited = jdbc.sql("select count(*) from audit_log where action = 'clients.write-refused-in-notice'")
                .query(Long.class).single();
        int refused = 0;
        for (String write : writes) {
            if (NoticeGuard.ALLOWED_IN_NOTICE.contains(write)) {
                continue;
            }
            String method = write.substring(0, write.indexOf(' '));
            String path = write.substring(write.indexOf(' ') + 1).replace("{id}", own.getFirst().toString())
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            mvc.perform(request(HttpMethod.valueOf(method), path).header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("IN_NOTICE"));
            refused++;
        }
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'clients.write-refused-in-notice'")
                .query(Long.class).single()).isEqualTo(audited + refused);
        assertThat(meters.find("holdfast.notice.refusals").counters().stream().mapToDouble(c -> c.count()).sum())
                .isGreaterThanOrEqualTo(refused);

        // an ordinary touchpoint on his own client is still his to record
        mvc.perform(request(HttpMethod.POST, "/api/clients/" + own.getFirst() + "/touchpoints")
                        .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CALL\",\"at\":\"" + Instant.now().minusSeconds(60) + "\",\"notes\":\"weekly\",\"companyLevel\":false}"))
                .andExpect(status().isCreated());
        // and once the departure is cancelled, he writes again
        HrEvents.send(kafka, HrEvents.cancelled(employeeId, leaver, departureId, 3));
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACTIVE".equals(jdbc.sql(
                "select status from employee where user_id = :u").param("u", leaver).query(String.class).single()));
        mvc.perform(request(HttpMethod.POST, "/api/clients/" + own.getFirst() + "/churn")
                        .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"price\"}"))
                .andExpect(status().isOk());
    }
}
