package io.holdfast.clients.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.holdfast.clients.TestData;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dates from the year -300000 once reached PostgreSQL and came back as 500s. The kit's one range (years
 * 1900-2199) now answers 400 naming the field, in bodies and parameters, and nothing is written.
 */
@HoldfastIntegrationTest
class OutOfRangeInputIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final String owner = "Bearer " + TestTokens.withRoles("owner");

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aClientSinceTheYearMinus300000IsRefusedAndNotStored() throws Exception {
        long before = rows("client");
        for (String since : List.of("-300000-01-15", "+300000-01-15", "1899-12-31")) {
            String body = ClientIT.clientJson("Ancient " + since, "TX-" + UUID.randomUUID().toString().substring(0, 12),
                    "north", UUID.randomUUID().toString(), ClientIT.PRIMARY_CONTACT).replace("2020-01-15", since);
            mvc.perform(post("/api/clients").header("Authorization", owner).contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("clientSince"))
                    .andExpect(jsonPath("$.errors[0].message").value("is outside the years 1900-2199"));
        }
        assertThat(rows("client")).isEqualTo(before);
    }

    @Test
    void aTouchpointInTheYearMinus300000AndSuchAPageParameterAre400() throws Exception {
        String manager = UUID.randomUUID().toString();
        UUID id = TestData.clients(jdbc, manager, "north", "Range " + manager.substring(0, 8), 1,
                i -> new BigDecimal("1000.00")).getFirst();
        long before = rows("touchpoint");
        mvc.perform(post("/api/clients/" + id + "/touchpoints").header("Authorization", owner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CALL\",\"at\":\"-300000-01-01T00:00:00Z\",\"notes\":\"old\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("at"));
        assertThat(rows("touchpoint")).isEqualTo(before);

        mvc.perform(get("/api/clients/" + id + "/touchpoints").param("before", "-300000-01-01T00:00:00Z")
                        .header("Authorization", owner))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("before"))
                .andExpect(jsonPath("$.errors[0].message").value("is outside the years 1900-2199"));
        mvc.perform(get("/api/clients/" + id + "/touchpoints").param("before", "2026-12-07T10:00:00Z")
                .header("Authorization", owner)).andExpect(status().isOk());
    }
}
