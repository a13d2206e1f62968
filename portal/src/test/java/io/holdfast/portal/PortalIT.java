package io.holdfast.portal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's pages as a user sees them, with the services' APIs played by a real HTTP server
 * ({@link FakeServices}): what each role sees, that the user's own token is what the services get, that a 404
 * becomes a not-found page, that a service that is down darkens only its panel, and that Russian reads Russian.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalIT {

    static final String OLGA = "11111111-1111-4111-8111-000000000001";
    static final String ANNA = "11111111-1111-4111-8111-000000000003";
    static final String ACME = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String BORK = "aaaaaaaa-0000-4000-8000-000000000002";
    static final String DEPARTURE = "dddddddd-0000-4000-8000-000000000001";

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
        registry.add("holdfast.portal.services.read-timeout", () -> "3s");
    }

    @BeforeEach
    void freshServices() {
        services.reset();
        services.json("/api/notifications/feed/unread-count", "{\"unread\":3}");
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    static String token(String audience, String userId, String name, String username, String... roles) {
        List<String> all = new java.util.ArrayList<>(List.of(roles));
        all.add("offline_access");
        all.add("default-roles-holdfast");
        return TestIssuer.token(audience, Map.of("sub", userId, "name", name, "preferred_username", username,
                "realm_access", Map.of("roles", all)));
    }

    static String olga() {
        return "Bearer " + token("portal", OLGA, "Olga Owner", "olga.owner", "owner");
    }

    static String anna() {
        return "Bearer " + token("portal", ANNA, "Anna Manager", "anna.manager", "account-manager");
    }

    private void ownersCompany() {
        services.json("/api/clients/risk", """
                [{"clientId":"%s","name":"Acme GmbH","accountManagerUserId":"%s","score":72,"band":"HIGH",
                  "reasons":["account manager is leaving","only one person in contact lately"],"computedAt":"2026-11-20T10:00:00Z"},
                 {"clientId":"%s","name":"Bork AG","accountManagerUserId":"%s","score":65,"band":"HIGH","reasons":["the executive touch is overdue"],
                  "factors":["EXECUTIVE_TOUCH_OVERDUE"],"computedAt":"2026-11-20T10:00:00Z"},
                 {"clientId":"c3","name":"Cobalt Ltd","accountManagerUserId":"x","score":40,"band":"MEDIUM","reasons":["no company-level touch"],"computedAt":"2026-11-20T10:00:00Z"},
                 {"clientId":"c4","name":"Delta Quiet Oy","accountManagerUserId":"x","score":5,"band":"LOW","reasons":[],"computedAt":"2026-11-20T10:00:00Z"}]
                """.formatted(ACME, ANNA, BORK, ANNA));
        services.json("/api/clients/touchpoints/due", """
                [{"clientId":"%s","name":"Bork AG","executive":{"state":"OVERDUE","dueOn":"2026-10-01"},"company":{"state":"OK","dueOn":"2027-03-01"}},
                 {"clientId":"c3","name":"Cobalt Ltd","executive":{"state":"DUE","dueOn":"2026-12-01"},"company":{"state":"DUE","dueOn":"2026-12-02"}}]
                """.formatted(BORK));
        services.json("/api/hr/departures", """
                [{"departure":{"id":"%s","employeeId":"e1","noticeDate":"2026-11-15","lastWorkingDay":"2026-12-15","reason":"RESIGNATION","status":"SCHEDULED"},
                  "fullName":"Mark Manager","username":"mark.manager","team":"north","userId":"11111111-1111-4111-8111-000000000004"}]
                """.formatted(DEPARTURE));
        services.json("/api/clients/handovers/" + DEPARTURE + "/progress", """
                {"departureId":"%s","state":"PLANNED","jobs":[{"kind":"PLAN","state":"DONE","done":4,"total":4},{"kind":"REASSIGN","state":"RUNNING","done":0,"total":12}]}
                """.formatted(DEPARTURE));
        services.json("/api/hr/claims", "[{\"id\":\"k1\",\"status\":\"DRAFT\"}]");
        services.json("/api/clients/coverage/history", """
                {"points":[{"date":"2026-09-30","clients":0,"covered":0,"percent":null},
                           {"date":"2026-10-31","clients":4,"covered":1,"percent":25},
                           {"date":"2026-11-20","clients":4,"covered":3,"percent":75}]}
                """);
        services.json("/api/notifications/feed", """
                [{"id":"n1","template":"SUSPICIOUS_ACCESS","subject":"mark.manager read 57 clients in an hour","text":"...","createdAt":"2026-11-25T09:00:00Z","readAt":null},
                 {"id":"n2","template":"DEPARTURE_SCHEDULED","subject":"Mark Manager is leaving","text":"...","createdAt":"2026-11-24T09:00:00Z","readAt":null}]
                """);
    }

    @Test
    void ownersDashboardShowsRiskCoverageLeaversAndAlertsFromTheServices() throws Exception {
        ownersCompany();
        String page = mvc.perform(get("/").header(HttpHeaders.AUTHORIZATION, olga())
                        .cookie(new Cookie("XSRF-TOKEN", "csrf-from-the-gateway")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page)
                .contains("<strong>Olga Owner</strong>", "olga.owner", "name=\"_csrf\" value=\"csrf-from-the-gateway\"")
                // 4 active clients, 1 executive touch overdue (DUE still counts as covered)
                .contains("id=\"coverage-percent\">75%<", "4 active clients, 1 with the executive touch overdue")
                .contains("id=\"risk-count-HIGH\">2<", "id=\"risk-count-MEDIUM\">1<", "id=\"risk-count-LOW\">1<")
                .contains("Acme GmbH", "account manager is leaving", "Bork AG", "Cobalt Ltd")
                .contains("Mark Manager", "Dec 15, 2026", "25%")
                .contains("Open suspected breaches: 1", "mark.manager read 57 clients in an hour")
                // coverage over time: one bar per month end, as long as its percentage
                .contains("Coverage over time", "Oct 31, 2026", "width:25%", "Nov 20, 2026", "width:75%", "3 of 4 clients")
                // the same figures for Chart.js to draw: a line of percentages (a gap where there were no clients)
                // and the risk bands in the reader's words
                .contains("id=\"coverage-chart\"", "&quot;labels&quot;:[&quot;Sep 30, 2026&quot;,&quot;Oct 31, 2026&quot;,&quot;Nov 20, 2026&quot;]",
                        "&quot;values&quot;:[null,25.0,75.0]", "&quot;max&quot;:100")
                .contains("id=\"risk-chart\"", "&quot;labels&quot;:[&quot;low&quot;,&quot;medium&quot;,&quot;high&quot;]",
                        "&quot;values&quot;:[1.0,1.0,2.0]", "chart.umd.js", "/js/charts.js")
                .doesNotContain("Mark Manager is leaving")
                .contains("class=\"badge\" id=\"unread\"", ">3<")
                .contains("href=\"/finance\"", "href=\"/compliance\"", "href=\"/staff\"")
                .contains("id=\"preparation-signals-link\" href=\"/compliance#preparation-signals\"");
        // the at-risk list is medium and high only
        assertThat(page.substring(page.indexOf("id=\"at-risk\""), page.indexOf("</main>")))
                .doesNotContain("Delta Quiet Oy");
    }

    @Test
    void everyServiceCallCarriesTheSignedInUsersOwnToken() throws Exception {
        ownersCompany();
        String token = olga();
        mvc.perform(get("/").header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isOk());
        assertThat(services.requests()).extracting(FakeServices.Request::authorization).containsOnly(token);
        assertThat(services.requests()).extracting(FakeServices.Request::path)
                .contains("/api/clients/risk", "/api/clients/touchpoints/due", "/api/hr/departures", "/api/hr/claims",
                        "/api/clients/handovers/" + DEPARTURE + "/progress", "/api/notifications/feed");
    }

    @Test
    void anAccountManagerSeesOnlyTheClientsTheApiReturnsForThemAndNoOwnerPanels() throws Exception {
        services.json("/api/clients", """
                {"items":[{"id":"%s","name":"Acme GmbH","status":"AT_RISK","segment":"industry","team":"north",
                  "accountManagerUserId":"%s","yearlyRevenue":{"amount":"120000.00","currency":"EUR"}}],"next":null}
                """.formatted(ACME, ANNA));
        services.json("/api/clients/touchpoints/due", """
                [{"clientId":"%s","name":"Acme GmbH","executive":{"state":"OVERDUE","dueOn":"2026-11-01"},"company":{"state":"OK","dueOn":"2027-02-01"}}]
                """.formatted(ACME));
        services.json("/api/notifications/feed", """
                [{"id":"n7","template":"DEPARTURE_BRIEFING","subject":"Call Bork AG by 1 December","text":"Executive call with Bork AG","createdAt":"2026-11-25T09:00:00Z","readAt":null}]
                """);
        String page = mvc.perform(get("/").header(HttpHeaders.AUTHORIZATION, anna()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("My clients", "Acme GmbH", "€120,000.00", "Executive touch overdue",
                        "Call Bork AG by 1 December")
                .doesNotContain("id=\"coverage\"", "id=\"at-risk\"", "People in notice")
                .doesNotContain("href=\"/finance\"", "href=\"/compliance\"", "href=\"/staff\"")
                .contains("href=\"/clients\"", "href=\"/notifications\"");
        assertThat(services.requests()).filteredOn(r -> r.path().equals("/api/clients")).singleElement()
                .satisfies(r -> assertThat(r.query()).contains("managerUserId=" + ANNA));
        assertThat(services.requests()).extracting(FakeServices.Request::path)
                .doesNotContain("/api/clients/risk", "/api/hr/departures", "/api/hr/claims");
    }

    private void acmeForOlga() {
        services.json("/api/clients/" + ACME, """
                {"id":"%s","name":"Acme GmbH","taxId":"DE-1","segment":"industry","status":"AT_RISK","team":"north",
                 "accountManagerUserId":"%s","accountManagerName":"Anna Manager","executiveSponsorUserId":"%s","executiveSponsorName":"Olga Owner","clientSince":"2019-03-01",
                 "yearlyRevenue":{"amount":"120000.00","currency":"EUR"},"language":"de",
                 "contacts":[{"id":"p1","name":"Petra Primary","role":"CEO","email":"petra@acme.example.com","phone":null,"primary":true,"billing":false,"flag":null},
                             {"id":"p2","name":"Bill Payer","role":"CFO","email":"bill.payer@gmail.com","phone":null,"primary":false,"billing":true,"flag":"FREE_MAIL"}]}
                """.formatted(ACME, ANNA, OLGA));
        services.json("/api/clients/" + ACME + "/touchpoints", """
                [{"id":"t1","clientId":"%s","kind":"EXECUTIVE_CALL","byUserId":"%s","at":"2026-09-01T10:00:00Z","notes":"Renewal talk","companyLevel":true,"executive":true}]
                """.formatted(ACME, OLGA));
        services.json("/api/clients/handovers", """
                {"items":[{"planId":"p1","departureId":"d1","clientId":"%s","clientName":"Acme GmbH","departingUserId":"%s","departingName":"Anna Manager",
                           "successorUserId":"%s","successorName":"Olga Owner","basis":"EXECUTIVE_SPONSOR","status":"APPROVED",
                           "tasks":[{"kind":"INTRODUCTION_LETTER","dueOn":"2026-12-03"}]}],"next":null}
                """.formatted(ACME, ANNA, OLGA));
        services.json("/api/clients/" + ACME + "/risk", """
                {"clientId":"%s","name":"Acme GmbH","score":72,"band":"HIGH","reasons":["account manager is leaving"],"computedAt":"2026-11-20T10:00:00Z"}
                """.formatted(ACME));
    }

    @Test
    void aClientPageComposesContactsTimelineRiskAndInvoiceSummary() throws Exception {
        acmeForOlga();
        services.json("/api/finance/invoices", """
                [{"id":"i1","clientId":"%s","number":"HF-2026-000001","status":"OVERDUE","dueOn":"2026-10-01",
                  "total":{"amount":"1000.00","currency":"EUR"},"outstanding":{"amount":"1000.00","currency":"EUR"}},
                 {"id":"i2","clientId":"%s","number":"HF-2026-000002","status":"PARTIALLY_PAID","dueOn":"2026-12-01",
                  "total":{"amount":"500.00","currency":"EUR"},"outstanding":{"amount":"250.50","currency":"EUR"}},
                 {"id":"i3","clientId":"%s","number":"HF-2026-000003","status":"PAID","dueOn":"2026-09-01",
                  "total":{"amount":"300.00","currency":"EUR"},"outstanding":{"amount":"0.00","currency":"EUR"}}]
                """.formatted(ACME, ACME, ACME));
        mvc.perform(get("/clients/" + ACME).header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"client-name\">Acme GmbH<"),
                        containsString("data-user-id=\"" + ANNA + "\""), containsString(">Anna Manager<"),
                        containsString("id=\"client-sponsor\">Olga Owner<"),
                        containsString("Petra Primary"), containsString("private mailbox"),
                        containsString("Executive call"), containsString("Renewal talk"),
                        containsString("72 · high"), containsString("account manager is leaving"),
                        containsString("overdue: 1"), containsString("partially paid: 1"), containsString("paid: 1"),
                        containsString("€1,250.50"),
                        containsString("Record touchpoint"), containsString("Produce PDF"),
                        // the client's handover plan, with a way to its board for the owner
                        containsString("Approved"), containsString("from Anna Manager to Olga Owner"),
                        containsString("Introduction letter · Dec 3, 2026"), containsString("href=\"/staff/departures/d1\""))));
        assertThat(services.requests()).filteredOn(r -> r.path().equals("/api/clients/handovers")).singleElement()
                .satisfies(r -> assertThat(r.query()).contains("clientId=" + ACME));
        assertThat(services.requests()).filteredOn(r -> r.path().equals("/api/finance/invoices")).singleElement()
                .satisfies(r -> assertThat(r.query()).contains("clientId=" + ACME));
    }

    @Test
    void aServiceThatIsDownDarkensOnlyItsOwnPanel() throws Exception {
        acmeForOlga();
        services.down("/api/finance");
        services.down("/api/notifications");
        String page = mvc.perform(get("/clients/" + ACME).header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Acme GmbH", "Petra Primary", "Renewal talk", "account manager is leaving")
                .contains("The finance service is not available right now")
                .doesNotContain("id=\"unread\"")
                .doesNotContain("{\"", "Exception");
    }

    @Test
    void financeSeesAClientsNameAndBillingContactsWithoutTheCrmPanelsOrItsForms() throws Exception {
        services.json("/api/clients/" + ACME, """
                {"id":"%s","name":"Acme GmbH","billingContacts":[{"id":"p2","name":"Bill Payer","role":"CFO",
                 "email":"bill@acme.example.com","phone":null,"primary":false,"billing":true,"flag":null}]}
                """.formatted(ACME));
        services.json("/api/finance/invoices", "[]");
        String page = mvc.perform(get("/clients/" + ACME).header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + token("portal", "55555555-0000-4000-8000-000000000005", "Fiona Finance", "fiona.finance", "finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"client-name\">Acme GmbH<", "Bill Payer", "bill@acme.example.com")
                .doesNotContain("id=\"touchpoints\"", "id=\"risk\"", "id=\"handover\"", "id=\"documents\"",
                        "Record touchpoint", "class=\"problem\"");
        assertThat(services.requests()).extracting(FakeServices.Request::path)
                .doesNotContain("/api/clients/" + ACME + "/touchpoints", "/api/clients/" + ACME + "/risk", "/api/clients/handovers");
    }

    @Test
    void aClientTheServiceDoesNotShowIsANotFoundPageNotRawJson() throws Exception {
        services.json("GET", "/api/clients/" + BORK, 404,
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"client not found\"}");
        mvc.perform(get("/clients/" + BORK).header(HttpHeaders.AUTHORIZATION, anna()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("id=\"not-found\""),
                        containsString("This does not exist, or you may not see it."),
                        containsString("Anna Manager"), not(containsString("\"status\":404")))));
        assertThat(services.requests()).extracting(FakeServices.Request::path)
                .doesNotContain("/api/clients/" + BORK + "/touchpoints", "/api/finance/invoices");
    }

    @Test
    void russianIsSwitchedOnRememberedInACookieAndFormatsDatesAndMoney() throws Exception {
        ownersCompany();
        String dashboard = spaced(mvc.perform(get("/").param("lang", "ru").header(HttpHeaders.AUTHORIZATION, olga()))
                .andExpect(status().isOk())
                .andExpect(cookie().value("holdfast-lang", "ru"))
                .andReturn().getResponse().getContentAsString());
        assertThat(dashboard).contains("lang=\"ru\"", "Обзор", "Охват касаниями руководства", "Вы вошли как",
                        "Сотрудники в период увольнения", "15 дек. 2026", "id=\"coverage-percent\">75 %<", "English")
                // a reason the service names by its factor code is read in Russian
                .contains("контакт руководителя просрочен")
                .doesNotContain("Dashboard", "Signed in as", "the executive touch is overdue");
        services.json("/api/clients", """
                {"items":[{"id":"%s","name":"Acme GmbH","status":"AT_RISK","segment":"industry","team":"north",
                  "accountManagerUserId":"%s","yearlyRevenue":{"amount":"120000.00","currency":"EUR"}}],"next":null}
                """.formatted(ACME, ANNA));
        String clients = spaced(mvc.perform(get("/clients").cookie(new Cookie("holdfast-lang", "ru"))
                        .header(HttpHeaders.AUTHORIZATION, anna()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(clients).contains("Клиенты", "под угрозой", "120 000,00 €").doesNotContain("at risk");
    }

    /** Russian number formats use non-breaking spaces; the assertions read them as spaces. */
    private static String spaced(String html) {
        return html.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void recordingATouchpointPostsItWithTheUsersTokenAndSaysSo() throws Exception {
        services.json("POST", "/api/clients/" + ACME + "/touchpoints", 201, "{\"id\":\"t9\"}");
        String token = anna();
        mvc.perform(post("/clients/" + ACME + "/touchpoints").header(HttpHeaders.AUTHORIZATION, token)
                        .param("kind", "MEETING").param("at", "2026-11-20T14:30").param("notes", "Lunch with Petra")
                        .param("companyLevel", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/clients/" + ACME + "?done=touchpoint.recorded"));
        assertThat(services.requests()).filteredOn(r -> r.method().equals("POST")).singleElement().satisfies(r -> {
            assertThat(r.authorization()).isEqualTo(token);
            assertThat(r.body()).contains("\"kind\":\"MEETING\"", "\"at\":\"2026-11-20T13:30:00Z\"",
                    "\"notes\":\"Lunch with Petra\"", "\"companyLevel\":true");
        });
    }

    @Test
    void aRefusedTouchpointComesBackAsTheServicesExplanation() throws Exception {
        services.json("POST", "/api/clients/" + ACME + "/touchpoints", 400, """
                {"title":"Bad Request","status":400,"errors":[{"field":"at","message":"must be a date in the past or in the present"}]}
                """);
        String location = mvc.perform(post("/clients/" + ACME + "/touchpoints").header(HttpHeaders.AUTHORIZATION, anna())
                        .param("kind", "CALL").param("at", "2030-01-01T10:00"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).contains("problem=rejected", "service=clients");
        acmeForOlga();
        mvc.perform(get(java.net.URI.create(location)).header(HttpHeaders.AUTHORIZATION, anna()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The client service did not accept this:"),
                        containsString("at: must be a date in the past or in the present"))));
    }

    @Test
    void aThankYouLetterIsHandedOverAsAPdfDownload() throws Exception {
        byte[] pdf = "%PDF-1.7 letter".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        services.pdf("/api/notifications/documents", pdf);
        mvc.perform(post("/clients/" + ACME + "/documents").header(HttpHeaders.AUTHORIZATION, olga())
                        .param("kind", "THANK_YOU_LETTER").param("language", "ru"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
                .andExpect(content().bytes(pdf));
        assertThat(services.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("\"clientId\":\"" + ACME + "\"",
                        "\"kind\":\"THANK_YOU_LETTER\"", "\"language\":\"ru\""));
    }

    @Test
    void theNotificationFeedListsEntriesAndMarksThemRead() throws Exception {
        services.json("/api/notifications/feed", """
                [{"id":"bbbbbbbb-0000-4000-8000-000000000001","template":"CLIENT_HANDED_OVER","subject":"Acme GmbH is now yours","text":"From today","createdAt":"2026-11-25T09:00:00Z","readAt":null}]
                """);
        mvc.perform(get("/notifications").header(HttpHeaders.AUTHORIZATION, anna()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Acme GmbH is now yours"), containsString("Mark read"))));
        services.json("POST", "/api/notifications/feed/bbbbbbbb-0000-4000-8000-000000000001/read", 200, "{\"read\":true}");
        mvc.perform(post("/notifications/bbbbbbbb-0000-4000-8000-000000000001/read").header(HttpHeaders.AUTHORIZATION, anna()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(services.requests()).extracting(FakeServices.Request::path)
                .contains("/api/notifications/feed/bbbbbbbb-0000-4000-8000-000000000001/read");
    }

    @Test
    void withoutATokenThePageIsRefused() throws Exception {
        mvc.perform(get("/")).andExpect(status().isUnauthorized());
        assertThat(services.requests()).isEmpty();
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        mvc.perform(get("/").header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + token("finance-service", ANNA, "Anna Manager", "anna.manager", "account-manager")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRoleWithoutClientAccessIsRefusedTheClientsPage() throws Exception {
        mvc.perform(get("/clients").header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + token("portal", "u9", "Oscar Ops", "oscar.ops", "ops")))
                .andExpect(status().isForbidden());
    }

    @Test
    void htmxChartJsAndTheStylesheetAreServedFromTheJar() throws Exception {
        mvc.perform(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
        mvc.perform(get("/webjars/chart.js/4.4.1/dist/chart.umd.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chart.js v4.4.1")));
        mvc.perform(get("/js/charts.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-chart")));
        mvc.perform(get("/css/portal.css"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(":focus-visible")));
    }

    @Test
    void readinessIsPublic() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
