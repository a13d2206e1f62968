package io.holdfast.gateway;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the rate-limit tests share: fake services and a burst of calls by one person. */
final class RateLimitScenario {

    private RateLimitScenario() {
    }

    static void register(DynamicPropertyRegistry registry) {
        FakeServices.start();
        for (String service : FakeServices.SERVICES) {
            registry.add("holdfast.services." + service, () -> FakeServices.url(service));
        }
        registry.add("holdfast.oidc.issuer", () -> FakeServices.ISSUER);
        registry.add("holdfast.oidc.jwk-set-uri", FakeServices::jwksUrl);
    }

    static List<EntityExchangeResult<byte[]>> burst(int port, String person, int calls) {
        return burst(port, person, calls, "/api/clients/clients");
    }

    /** {@code calls} GETs of {@code path} in a row by one person. */
    static List<EntityExchangeResult<byte[]>> burst(int port, String person, int calls, String path) {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        String authorization = "Bearer " + FakeServices.token(person, "account-manager");
        List<EntityExchangeResult<byte[]>> answers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            answers.add(client.get().uri(path).header(HttpHeaders.AUTHORIZATION, authorization)
                    .exchange().expectBody().returnResult());
        }
        return answers;
    }
}
