package io.holdfast.portal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff and departures (wizard, handover board), the finance four-eyes queue and compliance, as users see them. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffFinanceComplianceIT {

    static final String MARK_EMPLOYEE = "eeeeeeee-0000-4000-8000-000000000004";
    static final String MARK_USER = "11111111-1111-4111-8111-000000000004";
    static final String DEPARTURE = "dddddddd-0000-4000-8000-000000000001";
    static final String PLAN_1 = "99999999-0000-4000-8000-000000000001";
    static final String PLAN_2 = "99999999-0000-4000-8000-000000000002";
    static final String FIONA = "11111111-1111-4111-8111-000000000005";
    static final String FELIX = "11111111-1111-4111-8111-000000000006";

    static final FakeServices services = new FakeServices();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("holdfast.security.jwk-set-uri", TestIssuer::jwksUrl);
        registry.add("holdfast.security.issuers", () -> TestIssuer.ISSUER);
        for (String service : List.of("hr", "clients", "finance", "notifications")) {
            registry.add("holdfast.portal.services." + service, services::url);
        }
    }

    @BeforeEach
    void freshServices() {
        services.reset();
        services.json("/api/notifications/feed/unread-count", "{\"unread\":0}");
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    static String bearer(String userId, String name, String username, String... roles) {
        return "Bearer " + TestIssuer.token("portal", Map.of("sub", userId, "name", name, "preferred_username", username,
                "realm_access", Map.of("roles", List.of(roles))));
    }

    static String hanna() {
        return bearer("11111111-1111-4111-8111-000000000007", "Hanna HR", "hanna.hr", "hr");
    }

    static String olga() {
        return bearer("11111111-1111-4111-8111-000000000001", "Olga Owner", "olga.owner", "owner");
    }

    private void marksWorld() {
        services.json("/api/hr/employees/" + MARK_EMPLOYEE, """
                {"id":"%s","userId":"%s","username":"mark.manager","fullName":"Mark Manager","position":"Account manager",
                 "team":"north","status":"ACTIVE","hireDate":"2022-01-10","roles":["account-manager"],"language":"en"}
                """.formatted(MARK_EMPLOYEE, MARK_USER));
        services.json("/api/clients", """
                {"items":[{"id":"c1","name":"Acme GmbH","status":"ACTIVE","segment":"industry","team":"north","accountManagerUserId":"%s","yearlyRevenue":{"amount":"120000.00","currency":"EUR"}},
                          {"id":"c2","name":"Bork AG","status":"ACTIVE","segment":"retail","team":"north","accountManagerUserId":"%s","yearlyRevenue":{"amount":"30000.00","currency":"EUR"}}],"next":null}
                """.formatted(MARK_USER, MARK_USER));
        services.json("/api/clients/risk", """
                [{"clientId":"c1","name":"Acme GmbH","score":72,"band":"HIGH","reasons":[]},{"clientId":"c2","name":"Bork AG","score":20,"band":"LOW","reasons":[]}]
                """);
        services.json("/api/clients/departure-impact", """
                {"managerUserId":"%s","clientCount":2,"highRiskCount":1,"revenueByCurrency":{"EUR":"150000.00"},
                 "clients":[{"clientId":"c1","name":"Acme GmbH","yearlyRevenue":"120000.00","currency":"EUR","band":"HIGH","score":72,"reasons":[]},
                            {"clientId":"c2","name":"Bork AG","yearlyRevenue":"30000.00","currency":"EUR","band":"LOW","score":20,"reasons":[]}]}
                """.formatted(MARK_USER));
        services.json("/api/hr/employees/" + MARK_EMPLOYEE + "/departure-preview", """
                {"employeeId":"%s","lastWorkingDay":"2026-12-31","contractNumber":"HF-C-7","amendment":0,
                 "earlyDeparturePenalty":{"amount":"9000.00","currency":"EUR","explanation":["6 whole months left of the committed term","6 × 1,500.00 EUR"]},
                 "nonSolicitationMonths":12,"nonSolicitationEndsOn":"2027-12-31"}
                """.formatted(MARK_EMPLOYEE));
    }

    @Test
    void anEmployeeWithoutADepartureGetsTheWizardAndOneInNoticeTheBoardLink() throws Exception {
        marksWorld();
        services.json("/api/hr/employees/" + MARK_EMPLOYEE + "/contracts", "[]");
        // hr-service answers 404 when nobody has recorded a departure
        String page = mvc.perform(get("/staff/" + MARK_EMPLOYEE).header(HttpHeaders.AUTHORIZATION, hanna()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"employee-name\">Mark Manager<", "id=\"departure-wizard\"")
                .doesNotContain("/staff/departures/");

        services.json("/api/hr/employees/" + MARK_EMPLOYEE + "/departure", """
                {"departure":{"id":"%s","noticeDate":"2026-11-26","lastWorkingDay":"2026-12-26","status":"SCHEDULED"},"penalties":[],"watches":[]}
                """.formatted(DEPARTURE));
        String inNotice = mvc.perform(get("/staff/" + MARK_EMPLOYEE).header(HttpHeaders.AUTHORIZATION, hanna()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inNotice).contains("href=\"/staff/departures/" + DEPARTURE + "\"").doesNotContain("id=\"departure-wizard\"");
    }

    @Test
    void theDepartureWizardPreviewsClientsRiskRevenueAndPenaltyWithoutRecordingAnything() throws Exception {
        marksWorld();
        String page = mvc.perform(get("/staff/" + MARK_EMPLOYEE + "/departure-preview")
                        .param("lastWorkingDay", "2026-12-31").param("noticeDate", "2026-11-26").param("reason", "RESIGNATION")
                        .header(HttpHeaders.AUTHORIZATION, hanna()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mark Manager, last working day Dec 31, 2026")
                .contains("id=\"clients-affected\">2<", "1 at high risk, 0 at medium risk", "€150,000.00")
                .contains("Acme GmbH", "72 · high", "Bork AG")
                .contains("id=\"penalty-amount\">€9,000.00<", "6 whole months left of the committed term")
                .contains("Non-solicitation watch for 12 months, until Dec 31, 2027")
                .contains("id=\"confirm-departure\"", "name=\"lastWorkingDay\" value=\"2026-12-31\"");
        assertThat(services.requests()).extracting(FakeServices.Request::method).containsOnly("GET");
        // hr cannot list a manager's clients before the departure: the preview comes from client-service's
        // departure-impact read
        assertThat(services.requests()).filteredOn(r -> r.path().equals("/api/clients/departure-impact")).singleElement()
                .satisfies(r -> assertThat(r.query()).contains("managerUserId=" + MARK_USER));
    }

    @Test
    void theOwnerSeesThePreviewButOnlyHrCanConfirm() throws Exception {
        marksWorld();
        String page = mvc.perform(get("/staff/" + MARK_EMPLOYEE + "/departure-preview").param("lastWorkingDay", "2026-12-31")
                        .header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("€9,000.00", "Only HR records a departure.").doesNotContain("id=\"confirm-departure\"");
        mvc.perform(post("/staff/" + MARK_EMPLOYEE + "/departure").param("noticeDate", "2026-11-26")
                        .param("lastWorkingDay", "2026-12-31").param("reason", "RESIGNATION")
                        .header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isForbidden());
        assertThat(services.requests()).extracting(FakeServices.Request::method).containsOnly("GET");
    }

    @Test
    void confirmingTheDepartureRecordsItInHr() throws Exception {
        services.json("POST", "/api/hr/employees/" + MARK_EMPLOYEE + "/departure", 201, "{\"id\":\"" + DEPARTURE + "\"}");
        mvc.perform(post("/staff/" + MARK_EMPLOYEE + "/departure").param("noticeDate", "2026-11-26")
                        .param("lastWorkingDay", "2026-12-31").param("reason", "RESIGNATION")
                        .header(HttpHeaders.AUTHORIZATION, hanna()))
                .andExpect(redirectedUrl("/staff/" + MARK_EMPLOYEE + "?done=departure.scheduled"));
        assertThat(services.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("\"noticeDate\":\"2026-11-26\"",
                        "\"lastWorkingDay\":\"2026-12-31\"", "\"reason\":\"RESIGNATION\""));
    }

    private void board() {
        services.json("/api/hr/departures/" + DEPARTURE, """
                {"departure":{"id":"%s","employeeId":"%s","noticeDate":"2026-11-26","lastWorkingDay":"2026-12-31","status":"SCHEDULED"},
                 "fullName":"Mark Manager","username":"mark.manager","team":"north","penalties":[],"watches":[]}
                """.formatted(DEPARTURE, MARK_EMPLOYEE));
        services.json("/api/clients/handovers", """
                {"items":[{"planId":"%s","clientId":"c1","clientName":"Acme GmbH","departingUserId":"%s","successorUserId":"anna","successorName":"Anna Manager","basis":"LOWEST_LOAD_IN_TEAM","status":"PLANNED",
                           "tasks":[{"kind":"EXECUTIVE_CALL","dueOn":"2026-11-29"},{"kind":"INTRODUCTION_LETTER","dueOn":"2026-12-03"}]},
                          {"planId":"%s","clientId":"c2","clientName":"Bork AG","departingUserId":"%s","successorUserId":"olga","basis":"EXECUTIVE_SPONSOR","status":"PLANNED","tasks":[]}],"next":null}
                """.formatted(PLAN_1, MARK_USER, PLAN_2, MARK_USER));
        services.json("/api/clients/handovers/" + DEPARTURE + "/progress", """
                {"departureId":"%s","state":"PLANNED","jobs":[{"kind":"PLAN","state":"RUNNING","done":1,"total":2}]}
                """.formatted(DEPARTURE));
        services.json("/api/clients/handovers/" + DEPARTURE + "/candidates", """
                [{"userId":"anna","name":"Anna Manager","team":"north","sameTeam":true},
                 {"userId":"sam","name":"Sam South","team":"south","sameTeam":false}]
                """);
    }

    @Test
    void theSuccessorIsPickedByNameAndOnlyThoseWhoMayChangeThePlansGetTheForms() throws Exception {
        board();
        String owners = mvc.perform(get("/staff/departures/" + DEPARTURE).header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(owners).contains("<option value=\"anna\">Anna Manager</option>", "<option value=\"sam\">Sam South (south)</option>",
                "id=\"approve\"", "name=\"planId\"");
        services.reset();
        board();
        String hrs = mvc.perform(get("/staff/departures/" + DEPARTURE).header(HttpHeaders.AUTHORIZATION, hanna()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // hr reads the board; changing and approving are the owner's and the team lead's
        assertThat(hrs).contains("Acme GmbH", "Anna Manager").doesNotContain("id=\"approve\"", "name=\"planId\"", "id=\"successor\"");
        assertThat(services.requests()).noneMatch(r -> r.path().endsWith("/candidates"));
    }

    @Test
    void theHandoverBoardShowsPlansTasksAndProgressThatHtmxRefreshes() throws Exception {
        board();
        String page = mvc.perform(get("/staff/departures/" + DEPARTURE).header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the successor by name where client-service knows it, by user id where it does not
        assertThat(page).contains(">Anna Manager</td>", ">olga</td>");
        assertThat(page).contains("Acme GmbH", "lowest load in the team", "Executive call · Nov 29, 2026", "Bork AG",
                        "executive sponsor", "id=\"progress-percent\">50%<", "Plans made: 1 / 2")
                .contains("hx-get=\"/staff/departures/" + DEPARTURE + "/progress\"", "hx-trigger=\"every 5s\"",
                        "htmx.min.js");

        services.json("/api/clients/handovers/" + DEPARTURE + "/progress", """
                {"departureId":"%s","state":"PLANNED","jobs":[{"kind":"PLAN","state":"DONE","done":2,"total":2}]}
                """.formatted(DEPARTURE));
        String fragment = mvc.perform(get("/staff/departures/" + DEPARTURE + "/progress").header("HX-Request", "true")
                        .header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<section").contains("id=\"progress-percent\">100%<")
                .doesNotContain("<header", "Acme GmbH");
    }

    @Test
    void theBoardCountsTheClientLettersSentAndShowsTheRestOfTheBoardWhenNotificationsAreDown() throws Exception {
        board();
        services.json("/api/notifications/departures/" + DEPARTURE + "/letters", """
                {"departureId":"%s","total":10000,"sent":2750,"failed":3,"pending":7247,"lastSentAt":"2026-12-07T10:00:00Z"}
                """.formatted(DEPARTURE));
        String page = mvc.perform(get("/staff/departures/" + DEPARTURE).header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"letters-sent\">Client letters sent: 2,750 of 10,000<", "Failed: 3");
        // the htmx refresh carries the count too
        String fragment = mvc.perform(get("/staff/departures/" + DEPARTURE + "/progress").header("HX-Request", "true")
                        .header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Client letters sent: 2,750 of 10,000");

        services.reset();
        board();
        services.down("/api/notifications");
        String without = mvc.perform(get("/staff/departures/" + DEPARTURE).header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(without).contains("Acme GmbH", "id=\"progress-percent\">50%<").doesNotContain("id=\"letters-sent\"");
    }

    @Test
    void successorsAreChangedInBulkForTheSelectedPlans() throws Exception {
        services.json("POST", "/api/clients/handovers/" + DEPARTURE + "/successors", 200, "{\"changed\":2}");
        mvc.perform(post("/staff/departures/" + DEPARTURE + "/successors").param("planId", PLAN_1, PLAN_2)
                        .param("successorUserId", FELIX).header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(redirectedUrl("/staff/departures/" + DEPARTURE + "?done=handover.successorsChanged"));
        assertThat(services.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains(FELIX, PLAN_1, PLAN_2));
        mvc.perform(post("/staff/departures/" + DEPARTURE + "/successors").param("successorUserId", FELIX)
                        .header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(redirectedUrl("/staff/departures/" + DEPARTURE + "?problem=no_plans"));
        mvc.perform(post("/staff/departures/" + DEPARTURE + "/successors").param("planId", PLAN_1)
                        .param("successorUserId", FELIX).header(HttpHeaders.AUTHORIZATION, hanna()))
                .andExpect(status().isForbidden());
    }

    private void queue() {
        services.json("/api/finance/billing-changes", """
                [{"id":"b1","clientId":"c1","status":"PENDING","requestedBy":"%s","requestedByName":"Fiona Finance","requestedAt":"2026-11-25T10:00:00Z",
                  "reason":"New CFO","billingContactName":"Carla Cfo","billingContactEmail":"carla@acme.example.com","previousContactName":"Bill Payer","previousContactEmail":"bill@acme.example.com"}]
                """.formatted(FIONA));
        services.json("/api/finance/invoices", "[]");
        services.json("/api/finance/freezes", """
                [{"departureId":"%s","managerName":"Mark Manager","frozenUntil":"2027-01-30","status":"ACTIVE","clientIds":["c1","c2"]}]
                """.formatted(DEPARTURE));
    }

    @Test
    void theRequesterOfABillingChangeIsToldAnotherColleagueMustApproveIt() throws Exception {
        queue();
        String fionasView = mvc.perform(get("/finance").header(HttpHeaders.AUTHORIZATION,
                        bearer(FIONA, "Fiona Finance", "fiona.finance", "finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fionasView).contains("Carla Cfo", "You requested this change; another finance colleague must decide it.")
                .doesNotContain("/finance/billing-changes/b1/approve")
                .contains("Mark Manager: 2 clients frozen until Jan 30, 2027");
        String felixsView = mvc.perform(get("/finance").header(HttpHeaders.AUTHORIZATION,
                        bearer(FELIX, "Felix Finance", "felix.finance", "finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(felixsView).contains("/finance/billing-changes/b1/approve").doesNotContain("You requested this change");
    }

    @Test
    void aFinanceUserRequestsABillingChangeForAnAccountAndTheServiceGetsIt() throws Exception {
        queue();
        services.json("/api/finance/accounts", """
                [{"clientId":"c1","legalName":"Acme GmbH","billingContactName":"Bill Payer","billingContactEmail":"bill@acme.example.com","language":"en"}]
                """);
        String form = mvc.perform(get("/finance").header(HttpHeaders.AUTHORIZATION,
                        bearer(FIONA, "Fiona Finance", "fiona.finance", "finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Request a billing-detail change", "Acme GmbH (bill@acme.example.com)");
        assertThat(mvc.perform(get("/finance").header(HttpHeaders.AUTHORIZATION, olga()))
                .andReturn().getResponse().getContentAsString()).doesNotContain("Request a billing-detail change");

        services.json("POST", "/api/finance/billing-changes", 201, "{\"id\":\"b2\",\"status\":\"PENDING\"}");
        mvc.perform(post("/finance/billing-changes").param("clientId", "c1").param("billingContactName", " Carla Cfo ")
                        .param("billingContactEmail", "carla@acme.example.com").param("language", "")
                        .param("reason", "New CFO").header(HttpHeaders.AUTHORIZATION,
                                bearer(FIONA, "Fiona Finance", "fiona.finance", "finance")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/finance?done=billing.requestSent"));
        FakeServices.Request sent = services.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/api/finance/billing-changes")).findFirst().orElseThrow();
        assertThat(sent.body()).contains("\"clientId\":\"c1\"", "\"billingContactName\":\"Carla Cfo\"",
                "\"billingContactEmail\":\"carla@acme.example.com\"", "\"reason\":\"New CFO\"").doesNotContain("language");
        mvc.perform(post("/finance/billing-changes").param("clientId", "c1").param("billingContactName", "x")
                        .param("billingContactEmail", "x@acme.example.com").param("reason", "r")
                        .header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedApprovalShowsTheServicesReason() throws Exception {
        services.json("POST", "/api/finance/billing-changes/bbbbbbbb-0000-4000-8000-000000000001/approve", 409, """
                {"title":"Conflict","status":409,"code":"BILLING_FROZEN","detail":"Billing details of this client are frozen until 2027-01-30"}
                """);
        String location = mvc.perform(post("/finance/billing-changes/bbbbbbbb-0000-4000-8000-000000000001/approve")
                        .header(HttpHeaders.AUTHORIZATION, bearer(FELIX, "Felix Finance", "felix.finance", "finance")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        queue();
        String page = mvc.perform(get(java.net.URI.create(location)).header(HttpHeaders.AUTHORIZATION,
                        bearer(FELIX, "Felix Finance", "felix.finance", "finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The finance service did not accept this:",
                "Billing details of this client are frozen until 2027-01-30");
    }

    @Test
    void complianceShowsWatchesClaimsAndTheAccessLogOnlyToTheOwner() throws Exception {
        services.json("/api/hr/watches", """
                [{"id":"w1","fullName":"Mark Manager","clientName":"Acme GmbH","endsOn":"2027-12-31"}]
                """);
        services.json("/api/hr/claims", """
                [{"id":"k1","fullName":"Mark Manager","clientName":"Bork AG","churnedOn":"2027-02-01","amount":{"amount":"25000.00","currency":"EUR"},
                  "evidence":["Bork AG handled by Mark Manager until 2026-12-31","churned 2027-02-01, inside the 12-month window"],"status":"DRAFT"}]
                """);
        services.json("/api/clients/access-log", """
                [{"id":1,"at":"2026-11-20T08:00:00Z","userId":"u","username":"mark.manager","kind":"EXPORT","clientId":null}]
                """);
        services.json("/api/clients/preparation-signals", """
                [{"userId":"u","username":"mark.manager","score":60,"reasons":[
                  {"reason":"CONTACTS_TO_FREE_MAIL","count":2,"clientIds":["c1","c2"],"first":"2026-11-18T08:00:00Z","last":"2026-11-19T09:00:00Z","detail":"2 contacts"},
                  {"reason":"EXPORTS_NEAR_LIMIT","count":3,"clientIds":[],"first":"2026-11-10T08:00:00Z","last":"2026-11-19T09:00:00Z","detail":"3 days"}]}]
                """);
        String owners = mvc.perform(get("/compliance").header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(owners).contains("Mark Manager", "Acme GmbH", "Dec 31, 2027", "Bork AG", "€25,000.00",
                "inside the 12-month window", "draft", "id=\"access-log\"", ">exported<");
        // the preparation signals with their evidence, each client one click away
        assertThat(owners.substring(owners.indexOf("id=\"preparation-signals\""), owners.indexOf("id=\"watches\"")))
                .contains("mark.manager", "score 60", "contacts moved to free mail", "2 times on 2 clients",
                        "exports near the daily limit", "3 times on 0 clients", "href=\"/clients/c1\"", "href=\"/clients/c2\"");
        services.reset();
        services.json("/api/hr/watches", "[]");
        services.json("/api/hr/claims", "[]");
        String legals = mvc.perform(get("/compliance").header(HttpHeaders.AUTHORIZATION,
                        bearer("11111111-1111-4111-8111-000000000008", "Leo Legal", "leo.legal", "legal")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(legals).contains("No active watch.", "No open suspected breach.").doesNotContain("id=\"access-log\"")
                .doesNotContain("id=\"preparation-signals\"");
        assertThat(services.requests()).extracting(FakeServices.Request::path)
                .doesNotContain("/api/clients/access-log", "/api/clients/preparation-signals");
    }

    @Test
    void theStaffPageChartsRevenueAtRiskPerLeaver() throws Exception {
        services.json("/api/hr/employees", "[]");
        services.json("/api/hr/departures", """
                [{"departure":{"id":"%s","employeeId":"%s","lastWorkingDay":"2026-12-31"},"fullName":"Mark Manager","team":"north","userId":"%s"}]
                """.formatted(DEPARTURE, MARK_EMPLOYEE, MARK_USER));
        marksWorld();
        String page = mvc.perform(get("/staff").header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Revenue at risk by departing employee", "width:100%", "€150,000.00",
                "/staff/departures/" + DEPARTURE);
    }
}
