package io.holdfast.hr.employee;

import static io.holdfast.hr.HrApi.HR;
import static io.holdfast.hr.HrApi.LEGAL;
import static io.holdfast.hr.HrApi.OWNER;
import static io.holdfast.hr.HrApi.PRO_RATA_1000;
import static io.holdfast.hr.HrApi.contractJson;
import static io.holdfast.hr.HrApi.employeeJson;
import static io.holdfast.hr.HrApi.events;
import static io.holdfast.hr.HrApi.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.holdfast.contracts.Topics;
import io.holdfast.contracts.hr.ContractSigned;
import io.holdfast.contracts.hr.EmployeeHired;
import io.holdfast.contracts.hr.EmployeeUpdated;
import io.holdfast.hr.HrApi;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@HoldfastIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeesAndContractsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    HrApi api;
    TopicProbe probe;

    @BeforeAll
    void setUp() {
        api = new HrApi(mvc);
        probe = new TopicProbe(brokers, Topics.HR_EMPLOYEES);
    }

    @AfterAll
    void tearDown() {
        probe.close();
    }

    @Test
    void hrHiresAnEmployeeAndEmployeeHiredValidatesAndReachesKafkaOnce() throws Exception {
        String userId = HrApi.newUserId();
        String id = api.hire(userId, "anna.hired");

        var hired = events(probe, id, EmployeeHired.class, 1, Duration.ofSeconds(20));
        assertThat(hired).hasSize(1);
        EmployeeHired event = valid(hired.getFirst(), EmployeeHired.class);
        assertThat(event.aggregateVersion()).isEqualTo(1);
        assertThat(event.userId()).isEqualTo(userId);
        assertThat(event.roles()).containsExactly("account-manager");
        assertThat(probe.allPublishedBy(jdbc).stream().filter(r -> id.equals(r.key()))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'employee.hired' and target_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUpdatePublishesEmployeeUpdatedWithTheNextVersion() throws Exception {
        String userId = HrApi.newUserId();
        String id = api.hire(userId, "anna.update");
        api.call(PUT, "/api/hr/employees/" + id, HR, employeeJson(userId, "anna.update").replace("\"north\"", "\"south\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.team").value("south"))
                .andExpect(jsonPath("$.version").value(2));
        EmployeeUpdated updated = valid(events(probe, id, EmployeeUpdated.class, 1, Duration.ofSeconds(20)).getFirst(),
                EmployeeUpdated.class);
        assertThat(updated.aggregateVersion()).isEqualTo(2);
        assertThat(updated.team()).isEqualTo("south");
        assertThat(updated.status()).isEqualTo(EmployeeUpdated.Status.ACTIVE);
    }

    @Test
    void theKeycloakUserIdCannotBeHiredTwiceNorChanged() throws Exception {
        String userId = HrApi.newUserId();
        String id = api.hire(userId, "anna.twice");
        api.call(POST, "/api/hr/employees", HR, employeeJson(userId, "anna.other"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("employee-exists"));
        api.call(PUT, "/api/hr/employees/" + id, HR, employeeJson(HrApi.newUserId(), "anna.twice"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("user-id-immutable"));
    }

    @Test
    void badEmployeeInputGetsProblemDetailsNamingTheField() throws Exception {
        api.call(POST, "/api/hr/employees", HR, employeeJson(HrApi.newUserId(), "anna.bad")
                        .replace("anna.bad@example.org", "not-an-email"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("personalEmail"));
        api.call(POST, "/api/hr/employees", HR, employeeJson(HrApi.newUserId(), "anna.bad")
                        .replace("\"hireDate\":\"2024-02-01\"", "\"hireDate\":null"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("hireDate"));
        api.call(POST, "/api/hr/employees", HR, employeeJson(HrApi.newUserId(), "anna.bad")
                        .replace("\"language\":\"en\"", "\"language\":\"de\",\"salary\":1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("salary"));
        api.call(POST, "/api/hr/employees", HR, employeeJson(HrApi.newUserId(), "anna.bad")
                        .replace("\"language\":\"en\"", "\"language\":\"de\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"));
        api.call(GET, "/api/hr/employees?limit=500", HR, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        assertThat(jdbc.sql("select count(*) from employee where username = 'anna.bad'").query(Long.class).single())
                .isZero();
    }

    @Test
    void onlyHrWritesOwnerAndHrReadAllOthersOnlyThemselves() throws Exception {
        String userId = HrApi.newUserId();
        String id = api.hire(userId, "anna.roles");
        String self = TestTokens.token(userId, "anna.roles", "account-manager");
        String stranger = TestTokens.withRoles("account-manager", "team-lead", "finance", "legal", "ops");

        api.call(POST, "/api/hr/employees", OWNER, employeeJson(HrApi.newUserId(), "x.owner"))
                .andExpect(status().isForbidden());
        api.call(POST, "/api/hr/employees", self, employeeJson(HrApi.newUserId(), "x.self"))
                .andExpect(status().isForbidden());
        api.call(PUT, "/api/hr/employees/" + id, self, employeeJson(userId, "anna.roles"))
                .andExpect(status().isForbidden());
        api.call(GET, "/api/hr/employees", stranger, null).andExpect(status().isForbidden());
        api.call(GET, "/api/hr/employees", OWNER, null).andExpect(status().isOk());
        api.call(GET, "/api/hr/employees/" + id, stranger, null).andExpect(status().isNotFound());
        api.call(GET, "/api/hr/employees/" + id, self, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("anna.roles"));
        api.call(GET, "/api/hr/employees/me", self, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        api.call(GET, "/api/hr/employees/me", stranger, null).andExpect(status().isNotFound());
        api.call(GET, "/api/hr/employees/" + id, OWNER, null).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/hr/employees"))
                .andExpect(status().isUnauthorized());
        // contracts: hr writes; hr, owner, legal and the employee read
        api.call(POST, "/api/hr/employees/" + id + "/contracts", OWNER,
                contractJson("C-R", "2025-01-01", "2027-12-31", PRO_RATA_1000)).andExpect(status().isForbidden());
        api.call(GET, "/api/hr/employees/" + id + "/contracts", LEGAL, null).andExpect(status().isOk());
        api.call(GET, "/api/hr/employees/" + id + "/contracts", self, null).andExpect(status().isOk());
        api.call(GET, "/api/hr/employees/" + id + "/contracts", TestTokens.withRoles("finance"), null).andExpect(status().isNotFound());
    }

    @Test
    void searchFiltersAndPagesByUsername() throws Exception {
        for (String name : new String[] { "pager.a", "pager.b", "pager.c" }) {
            api.hire(HrApi.newUserId(), name);
        }
        api.call(GET, "/api/hr/employees?q=pager&limit=2", OWNER, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].username").value("pager.a"))
                .andExpect(jsonPath("$[1].username").value("pager.b"));
        api.call(GET, "/api/hr/employees?q=pager&after=pager.b", OWNER, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].username").value("pager.c"));
        api.call(GET, "/api/hr/employees?q=PAGER&status=ACTIVE&team=north", HR, null)
                .andExpect(jsonPath("$.length()").value(3));
        api.call(GET, "/api/hr/employees?q=pager&team=south", HR, null).andExpect(jsonPath("$.length()").value(0));
        api.call(GET, "/api/hr/employees?status=GONE", HR, null).andExpect(status().isBadRequest());
    }

    @Test
    void aContractAndItsAmendmentKeepHistoryAndPublishContractSigned() throws Exception {
        String id = api.hire(HrApi.newUserId(), "anna.contract");
        api.call(POST, "/api/hr/employees/" + id + "/contracts", HR,
                        contractJson("C-100", "2025-01-01", "2027-12-31", PRO_RATA_1000))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.amendment").value(0));
        api.call(POST, "/api/hr/employees/" + id + "/contracts", HR,
                        contractJson("C-100", "2026-01-01", "2027-12-31",
                                "{\"kind\":\"FIXED\",\"fixedAmount\":\"7500.00\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.amendment").value(1));
        api.call(GET, "/api/hr/employees/" + id + "/contracts", HR, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].earlyDeparture.kind").value("PRO_RATA"))
                .andExpect(jsonPath("$[1].earlyDeparture.fixedAmount").value(Matchers.anyOf(
                        Matchers.is("7500.00"), Matchers.is(7500.00))));

        var signed = events(probe, id, ContractSigned.class, 2, Duration.ofSeconds(20));
        assertThat(signed).hasSize(2);
        ContractSigned amendment = valid(signed.get(1), ContractSigned.class);
        ContractSigned original = valid(signed.get(0), ContractSigned.class);
        assertThat(original.aggregateVersion()).isEqualTo(2);
        assertThat(amendment.aggregateVersion()).isEqualTo(3);
        assertThat(amendment.contractId()).isEqualTo(original.contractId());
        assertThat(amendment.amendment()).isEqualTo(1);
    }

    @Test
    void invalidContractTermsAreRejectedWithTheField() throws Exception {
        String id = api.hire(HrApi.newUserId(), "anna.badcontract");
        String url = "/api/hr/employees/" + id + "/contracts";
        api.call(POST, url, HR, contractJson("C-1", "2025-01-01", "2027-12-31", PRO_RATA_1000)
                .replace("\"EUR\"", "\"EUX\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currency"));
        api.call(POST, url, HR, contractJson("C-1", "2025-01-01", "2024-12-31", PRO_RATA_1000))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("committedTermEnd"));
        api.call(POST, url, HR, contractJson("C-1", "2025-01-01", null, PRO_RATA_1000))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("committedTermEnd"));
        api.call(POST, url, HR, contractJson("C-1", "2025-01-01", "2027-12-31",
                        "{\"kind\":\"FIXED\",\"fixedAmount\":\"-5\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("earlyDeparture.fixedAmount"));
        api.call(POST, url, HR, contractJson("C-1", "2025-01-01", "2027-12-31", "{\"kind\":\"SOMETIMES\"}"))
                .andExpect(status().isBadRequest());
        api.call(POST, url, HR, contractJson("C-1", "2025-01-01", "2027-12-31", "null"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("earlyDeparture"));
        api.call(POST, "/api/hr/employees/" + HrApi.newUserId() + "/contracts", HR,
                contractJson("C-1", "2025-01-01", "2027-12-31", PRO_RATA_1000)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from contract_version where employee_id = cast(:id as uuid)")
                .param("id", id).query(Long.class).single()).isZero();
    }
}
