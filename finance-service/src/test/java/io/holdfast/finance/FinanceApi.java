package io.holdfast.finance;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import io.holdfast.kit.EventJson;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Small helpers over the finance API for integration tests. */
public record FinanceApi(MockMvc mvc) {

    public JsonNode json(String body) {
        return EventJson.mapper().readTree(body);
    }

    public JsonNode post200(String token, String path, String body, int expected) throws Exception {
        String response = mvc.perform(post(path).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body == null ? "" : body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return response.isEmpty() ? null : json(response);
    }

    public JsonNode get200(String token, String path) throws Exception {
        return json(mvc.perform(get(path).header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    public void awaitAccount(String token, String clientId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get("/api/finance/accounts/" + clientId)
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus() == 200);
    }

    public static String draftJson(String clientId, int termsDays, String unitPrice) {
        return """
                {"clientId":"%s","currency":"EUR","paymentTermsDays":%d,"lines":[
                  {"description":"Consulting, November","quantity":"10","unitPrice":"%s","taxRate":"0.19"},
                  {"description":"Travel","quantity":"1","unitPrice":"100.00","taxRate":"0"}]}
                """.formatted(clientId, termsDays, unitPrice);
    }

    /** Drafts and issues an invoice, returns its id. */
    public String issuedInvoice(String finance, String clientId, int termsDays, String unitPrice) throws Exception {
        String id = post200(finance, "/api/finance/invoices", draftJson(clientId, termsDays, unitPrice), 201)
                .get("id").asString();
        post200(finance, "/api/finance/invoices/" + id + "/issue", null, 200);
        return id;
    }
}
