package io.holdfast.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * Debian's Chromium driven by Playwright (no browser download), as a person uses the portal. Screenshots of each
 * step go to target/screenshots.
 */
final class PortalBrowser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    record Login(String loginPageUrl, String landedOn, String signedInText) {
    }

    private final Playwright playwright;
    private final Browser browser;
    private Page page;
    private final String prefix;

    PortalBrowser() {
        this("");
    }

    /** A browser whose screenshots are named with this prefix (e.g. the test's person). */
    PortalBrowser(String screenshotPrefix) {
        this.prefix = screenshotPrefix;
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: apt-get install -y chromium (.ci/run does this)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        page = patient(browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage());
    }

    /** The first login warms the gateway's OAuth2 client and the portal up: generous on a busy 2-core machine. */
    private static Page patient(Page page) {
        page.setDefaultTimeout(90_000);
        page.setDefaultNavigationTimeout(90_000);
        return page;
    }

    /** Opens the portal, expects Keycloak's login page, signs in and returns where the browser landed. */
    Login logIn(String portalUrl, String username, String password) {
        goTo(portalUrl);
        page.waitForURL(Pattern.compile(".*/protocol/openid-connect/auth.*"));
        String loginPage = page.url();
        screenshot("1-keycloak-login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#kc-login", new Page.ClickOptions().setNoWaitAfter(true));
        page.waitForURL(Pattern.compile("^" + Pattern.quote(portalUrl) + ".*"));
        page.waitForSelector("#signed-in");
        screenshot("2-portal-signed-in");
        return new Login(loginPage, page.url(), page.textContent("#signed-in"));
    }

    /** Clicks "Log out", then opens the portal again and returns the URL it ends up on. */
    String logOutAndReopen(String portalUrl) {
        page.click("#logout", new Page.ClickOptions().setNoWaitAfter(true));
        // logout runs gateway → Keycloak end-session → back to the portal, which wants a login again
        page.waitForURL(Pattern.compile(".*/protocol/openid-connect/auth.*"));
        screenshot("3-after-logout");
        // reopen in a new tab of the same context (same cookies, so the same browser session as far as the gateway and
        // Keycloak can tell): the tab that had just run the logout's redirect chain once committed nothing of the next
        // navigation within 90 s on the CI machine, although the gateway had answered
        Page reopened = patient(page.context().newPage());
        page.close();
        page = reopened;
        goTo(portalUrl);
        page.waitForURL(Pattern.compile(".*/protocol/openid-connect/auth.*"));
        page.waitForSelector("#username");
        screenshot("4-portal-asks-to-log-in-again");
        return page.url();
    }

    /** The page itself, for what a test does beyond logging in and out. */
    Page page() {
        return page;
    }

    /**
     * Starts a navigation that ends on another origin (the portal sends the browser on to Keycloak) and returns once
     * the first answer has arrived; the caller waits for the element it needs. Waiting for the load event of the
     * whole redirect chain instead once ran out of its 90 s on a busy CI machine, right after a logout.
     */
    private void goTo(String url) {
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
    }

    /** Opens a portal path (through the gateway) and waits until it has loaded. */
    Page open(String portalUrl, String path) {
        page.navigate(portalUrl + path);
        page.waitForLoadState();
        return page;
    }

    /** Saves a full-page screenshot under target/screenshots, named with this browser's prefix. */
    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(prefix + name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        try {
            screenshot("last-page");
        } catch (RuntimeException ignored) {
            // the browser may be gone already; the test's own error says what failed
        }
        browser.close();
        playwright.close();
    }
}
