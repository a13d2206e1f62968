package io.holdfast.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import tools.jackson.databind.JsonNode;

/**
 * The portal as staff use it, in Chromium through the real gateway and Keycloak, on the demo company that
 * {@code ./holdfast up --demo} loads (12 clients of the north team: 6 of Anna's, 6 of Mark's; Mark has given
 * notice). Ordered, because the departure at the end moves Anna's clients. Screenshots of every main page go to
 * target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

    static final String GATEWAY = Platform.GATEWAY;
    static final List<String> ANNAS_CLIENTS = List.of("Lumen Optics BV", "Oakfield Schools Trust", "Vega Pharma SRL",
            "Polar Bakery Oy", "Delta Freight Sp. z o.o.", "Sunrise Hotels SA");

    static final String OLGA_ID = "11111111-1111-4111-8111-000000000001";

    static Platform platform;
    static final Keycloak keycloak = new Keycloak();

    @BeforeAll
    static void startPlatformWithTheDemoCompany() {
        // the gateway's default rate limits: a person clicking through the portal stays well inside them
        // a departure's staff briefing waits for its events to go quiet (30 s by default): 2 s here, so that the
        // owner's feed shows Mark's departure by the time the test looks
        platform = Platform.up(Map.of("HOLDFAST_NOTIFICATIONS_BRIEFING_QUIET_PERIOD", "2s"), "--demo");
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.downAndLeaveNothingBehind();
        }
    }

    @Test
    @Order(1)
    void ownerSeesTheDemoCompanyOnTheDashboardAndEveryMainPage() {
        try (var browser = new PortalBrowser("owner-")) {
            browser.logIn(GATEWAY, "olga.owner", Keycloak.DEMO_PASSWORD);
            Page page = browser.page();
            // risk is recomputed from events after the demo loads: wait until every client has its band
            eventually("all 12 demo clients on the risk chart", () -> {
                browser.open(GATEWAY, "/");
                return riskCounts(page) == 12;
            });
            assertThat(page.textContent("#coverage")).contains("12 active clients");
            // the loader records touches as Olga, every client's executive sponsor, so each counts as the executive
            // touch: 9 of the 12 clients were touched lately, every fourth one not at all
            assertThat(page.textContent("#coverage-percent").strip()).isEqualTo("75%");
            assertThat(page.textContent("#in-notice")).contains("Mark Manager");
            // Mark is leaving: his six clients carry that factor
            assertThat(page.textContent("#at-risk")).contains("the account manager is leaving");
            // Chart.js (from the portal's jar, under the gateway's CSP) drew the same figures
            page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('risk-chart'))"
                    + " && Chart.getChart(document.getElementById('coverage-chart'))");
            assertThat(((Number) page.evaluate("() => Chart.getChart(document.getElementById('risk-chart'))"
                    + ".data.datasets[0].data.reduce((a, b) => a + b, 0)")).intValue()).isEqualTo(12);
            assertThat(((Number) page.evaluate("() => { const d = Chart.getChart(document.getElementById('coverage-chart'))"
                    + ".data.datasets[0].data; return d[d.length - 1]; }")).intValue()).isEqualTo(75);
            seen(browser, "dashboard");

            browser.open(GATEWAY, "/clients");
            assertThat(page.locator("#client-list tbody tr").count()).isEqualTo(12);
            browser.screenshot("clients");
            page.click("text=Nordwind Logistik GmbH");
            page.waitForSelector("#client-name");
            assertThat(page.textContent("#contacts")).contains("Petra Lang", "Accounts payable");
            seen(browser, "client");

            browser.open(GATEWAY, "/staff");
            assertThat(page.textContent("#leavers")).contains("Mark Manager");
            page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('revenue-chart'))");
            seen(browser, "staff");
            page.click("#leavers a[href*='/staff/departures/']");
            page.waitForSelector("#progress");
            seen(browser, "handover-board");

            browser.open(GATEWAY, "/finance");
            assertThat(page.textContent("#freezes")).contains("Mark Manager");
            seen(browser, "finance");
            browser.open(GATEWAY, "/compliance");
            seen(browser, "compliance");
            // the owner's access log: the demo loader read clients through the API
            assertThat(page.textContent("#content")).contains("olga.owner");
            browser.open(GATEWAY, "/notifications");
            // Mark's departure reached the owner's feed, in the one briefing it makes for her
            Platform.waitUntil(java.time.Duration.ofSeconds(60), "Mark's departure in the owner's feed", () -> {
                if (page.textContent("#content").contains("Mark Manager")) {
                    return true;
                }
                browser.open(GATEWAY, "/notifications");
                return false;
            });
            browser.screenshot("notifications");

            // a phone's width: the dashboard still reads
            page.setViewportSize(390, 844);
            browser.open(GATEWAY, "/");
            browser.screenshot("dashboard-phone");
            page.setViewportSize(1280, 800);
        }
    }

    @Test
    @Order(2)
    void russianIsSwitchedOnFromTheHeaderAndRemembered() {
        try (var browser = new PortalBrowser("owner-ru-")) {
            browser.logIn(GATEWAY, "olga.owner", Keycloak.DEMO_PASSWORD);
            Page page = browser.page();
            page.click("#language");
            page.waitForURL(Pattern.compile(".*lang=ru.*"));
            page.waitForSelector("html[lang=ru]");
            assertThat(page.textContent("h1")).isEqualTo("Обзор");
            assertThat(page.textContent("#at-risk")).contains("менеджер клиента увольняется")
                    .doesNotContain("the account manager is leaving");
            browser.screenshot("dashboard");

            // remembered: the next page comes in Russian without asking again
            browser.open(GATEWAY, "/clients");
            assertThat(page.getAttribute("html", "lang")).isEqualTo("ru");
            assertThat(page.textContent("h1")).isEqualTo("Клиенты");
            browser.screenshot("clients");
            page.click("#language");
            page.waitForSelector("html[lang=en]");
        }
    }

    @Test
    @Order(3)
    void anAccountManagerSeesOnlyTheirClientsAndAnotherClientIsNotFound() {
        String nordwind = clientId("DE-811234001"); // one of Mark's
        try (var browser = new PortalBrowser("account-manager-")) {
            browser.logIn(GATEWAY, "anna.manager", Keycloak.DEMO_PASSWORD);
            Page page = browser.page();
            assertThat(page.textContent("#my-clients")).contains(ANNAS_CLIENTS.getFirst()).doesNotContain("Nordwind");
            browser.screenshot("dashboard");

            // by keyboard alone: the first Tab offers the skip link, further Tabs reach the navigation
            page.keyboard().press("Tab");
            assertThat(page.evaluate("document.activeElement.textContent.trim()")).isEqualTo("Skip to content");
            for (int i = 0; i < 10 && !"Clients".equals(page.evaluate("document.activeElement.textContent.trim()")); i++) {
                page.keyboard().press("Tab");
            }
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/clients$"));
            assertThat(page.locator("#client-list tbody tr td:first-child").allTextContents())
                    .map(String::strip).containsExactlyInAnyOrderElementsOf(ANNAS_CLIENTS);
            browser.screenshot("clients");

            Response answer = page.navigate(GATEWAY + "/clients/" + nordwind);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(page.textContent("#not-found")).contains("does not exist, or you may not see it");
            assertThat(page.content()).doesNotContain("Nordwind", "Petra Lang");
            browser.screenshot("other-client-not-found");
        }
    }

    @Test
    @Order(4)
    void twoFinanceUsersCompleteABillingDetailChangeAndTheRequesterCannotApproveIt() {
        String lumen = clientId("NL-1234007"); // Anna's: not frozen by Mark's departure
        try (var fiona = new PortalBrowser("finance-requester-")) {
            fiona.logIn(GATEWAY, "fiona.finance", Keycloak.DEMO_PASSWORD);
            Page page = fiona.open(GATEWAY, "/finance");
            page.selectOption("#bc-client", lumen);
            page.fill("#bc-name", "Accounts payable");
            page.fill("#bc-email", "accounts@lumen.example.com");
            page.fill("#bc-reason", "The client asks us to send invoices to accounts payable");
            page.click("#bc-submit");
            page.waitForSelector("[role=status]");
            assertThat(page.textContent("[role=status]")).contains("another finance colleague must approve it");
            Locator request = page.locator("#queue article", new Page.LocatorOptions().setHasText("accounts@lumen.example.com"));
            assertThat(request.textContent()).contains("You requested this change");
            assertThat(request.locator("button", new Locator.LocatorOptions().setHasText("Approve")).count()).isZero();
            fiona.screenshot("queue-own-request");
        }
        try (var felix = new PortalBrowser("finance-approver-")) {
            felix.logIn(GATEWAY, "felix.finance", Keycloak.DEMO_PASSWORD);
            Page page = felix.open(GATEWAY, "/finance");
            Locator request = page.locator("#queue article", new Page.LocatorOptions().setHasText("accounts@lumen.example.com"));
            felix.screenshot("queue");
            request.locator("button", new Locator.LocatorOptions().setHasText("Approve")).click();
            page.waitForSelector("[role=status]");
            assertThat(page.textContent("[role=status]")).contains("The change is approved");
            felix.screenshot("approved");
        }
        JsonNode account = Keycloak.json().readTree(Platform.get(GATEWAY + "/api/finance/accounts/" + lumen,
                keycloak.userToken("felix.finance")).body());
        assertThat(account.path("billingContactEmail").asString()).isEqualTo("accounts@lumen.example.com");
        // the client's new billing contact is told, from the company
        eventually("the confirmation to accounts@lumen.example.com", () -> !Platform.mailTo("accounts@lumen.example.com").isEmpty());
    }

    @Test
    @Order(5)
    void hrSchedulesADepartureThroughTheWizardAndTheOwnerApprovesTheHandover() {
        String lastDay = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();
        String departureUrl;
        try (var hanna = new PortalBrowser("hr-")) {
            hanna.logIn(GATEWAY, "hanna.hr", Keycloak.DEMO_PASSWORD);
            Page page = hanna.open(GATEWAY, "/staff");
            page.click("#employees >> text=Anna Manager");
            page.waitForSelector("#departure-wizard");
            page.fill("#lwd", lastDay);
            hanna.screenshot("departure-wizard");
            page.click("#departure-wizard button[type=submit]");
            page.waitForSelector("#clients-affected");
            // the preview, before anything is recorded: Anna's six clients, their revenue and her contract's penalty
            assertThat(page.textContent("#clients-affected").strip()).isEqualTo("6");
            assertThat(page.textContent("#impact")).contains(ANNAS_CLIENTS.toArray(String[]::new));
            assertThat(page.textContent("#revenue-at-stake")).contains("€629,000.00");
            assertThat(page.locator("#penalty-amount").count()).isOne();
            hanna.screenshot("departure-preview");
            page.click("#confirm-departure button[type=submit]");
            page.waitForSelector("[role=status]");
            assertThat(page.textContent("[role=status]")).contains("The departure is recorded");
            hanna.screenshot("departure-recorded");
            departureUrl = page.locator("#departure a").getAttribute("href");
        }
        try (var olga = new PortalBrowser("owner-handover-")) {
            olga.logIn(GATEWAY, "olga.owner", Keycloak.DEMO_PASSWORD);
            Page page = olga.open(GATEWAY, departureUrl);
            // htmx polls the progress every few seconds: the board fills without a reload
            page.waitForSelector("#progress-percent:text-is('100%')",
                    new Page.WaitForSelectorOptions().setTimeout(120_000));
            eventually("six plans on the board", () -> {
                olga.open(GATEWAY, departureUrl);
                return page.locator("#plans tbody tr").count() == 6;
            });
            // nobody else in the team can take them (Mark is leaving too): they go to the executive sponsor
            assertThat(page.textContent("#plans")).contains("Olga Owner");
            olga.screenshot("board-planned");
            // hand the clients over today rather than on her last day
            page.fill("#reassignOn", LocalDate.now(ZoneOffset.UTC).toString());
            page.click("#approve button[type=submit]");
            page.waitForSelector("[role=status]");
            assertThat(page.textContent("[role=status]")).contains("The plans are approved");
            olga.screenshot("board-approved");

            String lumen = clientId("NL-1234007");
            eventually("Lumen Optics BV handed to Olga Owner", () -> {
                olga.open(GATEWAY, "/clients/" + lumen);
                return OLGA_ID.equals(page.getAttribute("#client-manager", "data-user-id"));
            });
            assertThat(page.textContent("#client-manager")).containsPattern("Account manager:\\s+you");
            assertThat(page.textContent("#handover")).contains("Handed over").contains("from Anna Manager to Olga Owner");
            olga.screenshot("client-reassigned");
        }
        // the company writes to each client's primary contact, introducing the new manager
        // (Vega Pharma's contact is its billing contact too: finance's statement of account reached her first)
        for (String contact : List.of("sanne.devries@lumen.example.com", "giulia.conti@vegapharma.example.com")) {
            eventually("an introduction letter to " + contact, () -> introduction(contact) != null);
            assertThat(introduction(contact).toString()).contains("Olga Owner");
        }
    }

    /** Polls until the condition holds, at most two minutes; the platform works through events meanwhile. */
    static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 2 minutes: " + what);
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The e-mail introducing the new account manager to this address, or null while there is none. */
    static JsonNode introduction(String address) {
        for (JsonNode mail : Platform.mailTo(address)) {
            if (mail.path("subject").asString().endsWith("your new account manager")) {
                return mail;
            }
        }
        return null;
    }

    /**
     * Saves the page's screenshot and checks that no panel of it is darkened by a service that failed or refused
     * (each panel shows its own problem).
     */
    static void seen(PortalBrowser browser, String name) {
        browser.screenshot(name);
        assertThat(browser.page().locator(".problem").allTextContents()).as("problems shown on %s", name).isEmpty();
    }

    static int riskCounts(Page page) {
        int total = 0;
        for (String band : List.of("HIGH", "MEDIUM", "LOW")) {
            Locator count = page.locator("#risk-count-" + band);
            if (count.count() > 0) {
                total += Integer.parseInt(count.textContent().strip());
            }
        }
        return total;
    }

    /** A demo client's id by its tax id, as the owner reads it through the gateway. */
    static String clientId(String taxId) {
        JsonNode page = Keycloak.json().readTree(Platform.get(GATEWAY + "/api/clients?q=" + taxId,
                keycloak.userToken("olga.owner")).body());
        return page.path("items").get(0).path("id").asString();
    }
}
