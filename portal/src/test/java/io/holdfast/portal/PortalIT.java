package io.holdfast.portal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The start page as the gateway sees it: with the relayed user token it greets the person, without it refuses. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalIT {

    private static final String ANNA = "11111111-1111-4111-8111-000000000003";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("holdfast.security.jwk-set-uri", TestIssuer::jwksUrl);
        registry.add("holdfast.security.issuers", () -> TestIssuer.ISSUER);
    }

    private static String annasToken(String audience) {
        return TestIssuer.token(audience, Map.of(
                "sub", ANNA,
                "name", "Anna Manager",
                "preferred_username", "anna.manager",
                "realm_access", Map.of("roles", List.of("account-manager", "offline_access", "default-roles-holdfast"))));
    }

    @Test
    void startPageGreetsTheSignedInPersonWithTheirRolesAndALogoutFormCarryingTheCsrfToken() throws Exception {
        mvc.perform(get("/").header(HttpHeaders.AUTHORIZATION, "Bearer " + annasToken("portal"))
                        .cookie(new Cookie("XSRF-TOKEN", "csrf-from-the-gateway")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Signed in as <strong>Anna Manager</strong>"),
                        containsString("anna.manager"),
                        containsString("<span>account-manager</span>"),
                        not(containsString("offline_access")),
                        containsString("action=\"/logout\""),
                        containsString("name=\"_csrf\" value=\"csrf-from-the-gateway\""))));
    }

    @Test
    void withoutATokenThePageIsRefused() throws Exception {
        mvc.perform(get("/")).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        mvc.perform(get("/").header(HttpHeaders.AUTHORIZATION, "Bearer " + annasToken("finance-service")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void readinessIsPublic() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
