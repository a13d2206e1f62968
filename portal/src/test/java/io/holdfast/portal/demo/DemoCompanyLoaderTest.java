package io.holdfast.portal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.holdfast.portal.FakeServices;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo loader against a real HTTP server playing the gateway and Keycloak's token endpoint. */
class DemoCompanyLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final FakeServices platform = new FakeServices();

    @AfterEach
    void stop() {
        platform.stop();
    }

    private DemoCompanyLoader loader() {
        platform.json("POST", "/realms/holdfast/protocol/openid-connect/token", 200, "{\"access_token\":\"demo-token\"}");
        return new DemoCompanyLoader(platform.url(), platform.url(), Duration.ofMillis(10));
    }

    @Test
    void loadsStaffContractsClientsTouchpointsInvoicesAndADepartureThroughThePublicApis() throws Exception {
        DemoCompanyLoader loader = loader();
        platform.json("POST", "/api/hr/employees", 201, "{\"id\":\"e-1\"}")
                .json("POST", "/api/hr/employees/e-1/contracts", 201, "{\"versionId\":\"v-1\"}")
                .json("POST", "/api/clients", 201, "{\"id\":\"c-1\"}")
                .json("POST", "/api/clients/c-1/touchpoints", 201, "{\"id\":\"t-1\"}")
                .json("POST", "/api/finance/invoices", 201, "{\"id\":\"i-1\"}")
                .json("POST", "/api/finance/invoices/i-1/issue", 200, "{\"id\":\"i-1\",\"status\":\"ISSUED\"}")
                .json("POST", "/api/finance/invoices/i-1/payments", 201, "{\"id\":\"i-1\"}")
                .json("POST", "/api/hr/employees/e-1/departure", 201, "{\"id\":\"d-1\"}")
                .json("/api/hr/employees/e-1/contracts", "[]")
                .json("/api/finance/invoices", "[]");

        DemoCompanyLoader.Summary summary = loader.load(TODAY, NOW);

        assertThat(summary.employees()).isEqualTo(8);
        assertThat(summary.contracts()).isEqualTo(2);
        assertThat(summary.clients()).isEqualTo(12);
        assertThat(summary.touchpoints()).isEqualTo(12);
        assertThat(summary.invoices()).isEqualTo(6);
        assertThat(summary.departure()).isTrue();
        var apiCalls = platform.requests().stream().filter(r -> r.path().startsWith("/api/")).toList();
        assertThat(apiCalls).extracting(FakeServices.Request::authorization).containsOnly("Bearer demo-token");
        assertThat(apiCalls).filteredOn(r -> r.method().equals("POST") && r.path().equals("/api/clients")).hasSize(12).first()
                .satisfies(r -> assertThat(r.body()).contains("\"name\":\"Nordwind Logistik GmbH\"",
                        "\"accountManagerUserId\":\"" + DemoCompany.MARK + "\"",
                        "\"executiveSponsorUserId\":\"" + DemoCompany.OLGA + "\"", "\"clientSince\":\"2020-11-26\"",
                        "petra.lang@nordwind.example.com"));
        assertThat(apiCalls).filteredOn(r -> r.path().equals("/api/hr/employees/e-1/departure")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("\"lastWorkingDay\":\"2026-12-26\""));
        // only the token endpoint sees passwords, and only for the demo users
        assertThat(platform.requests()).filteredOn(r -> r.path().contains("/token"))
                .extracting(FakeServices.Request::body)
                .allSatisfy(form -> assertThat(form).contains("client_id=system-tests", "password=holdfast"));
    }

    @Test
    void aSecondRunReusesWhatExistsInsteadOfDuplicatingIt() throws Exception {
        DemoCompanyLoader loader = loader();
        platform.problem("POST", "/api/hr/employees", 409, "username already hired")
                .json("/api/hr/employees", "[{\"id\":\"e-mark\",\"username\":\"mark.manager\"}]")
                .problem("POST", "/api/clients", 409, "duplicate tax id")
                .json("/api/clients", "{\"items\":[{\"id\":\"c-9\",\"name\":\"Nordwind Logistik GmbH\"}],\"next\":null}")
                .problem("POST", "/api/hr/employees/e-mark/departure", 409, "already in notice")
                .json("/api/hr/employees/e-mark/contracts", "[{\"contractNumber\":\"HF-MARK-MANAGER\"}]")
                .json("/api/finance/invoices", "[{\"id\":\"i-1\",\"status\":\"ISSUED\"}]");

        DemoCompanyLoader.Summary summary = loader.load(TODAY, NOW);

        assertThat(summary.employees()).isEqualTo(1);
        assertThat(summary.clients()).isEqualTo(12);
        assertThat(summary.touchpoints()).isZero();
        assertThat(summary.departure()).isFalse();
        assertThat(summary.contracts()).isZero();
        assertThat(summary.invoices()).isZero();
        // no second touchpoint, no contract amendment, no second invoice
        assertThat(platform.requests()).filteredOn(r -> r.method().equals("POST")).extracting(FakeServices.Request::path)
                .noneMatch(path -> path.endsWith("/touchpoints") || path.endsWith("/contracts")
                        || path.startsWith("/api/finance/invoices"));
    }

    @Test
    void theDemoClientsValidateAgainstTheServicesRules() {
        assertThat(DemoCompany.clients(TODAY)).hasSize(12).allSatisfy(client -> {
            assertThat((String) client.get("taxId")).matches("^[A-Za-z0-9-]+$");
            assertThat((String) client.get("currency")).matches("^[A-Z]{3}$");
            assertThat((String) client.get("language")).matches("^(en|ru)$");
            assertThat(LocalDate.parse((String) client.get("clientSince"))).isBefore(TODAY);
        });
        assertThat(DemoCompany.employees(TODAY)).extracting(e -> e.get("username")).doesNotHaveDuplicates().hasSize(8);
    }
}
