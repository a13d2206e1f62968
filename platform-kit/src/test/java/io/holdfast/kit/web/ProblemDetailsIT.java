package io.holdfast.kit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input gets a clear RFC 9457 problem naming the offending field; never a 500 or a stack trace. */
@HoldfastIntegrationTest
class ProblemDetailsIT {

    private static final String WIDGETS = "/api/kit/widgets";
    private final String owner = "Bearer " + TestTokens.withRoles("owner");

    @Autowired
    MockMvc mvc;

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(post(WIDGETS).header("Authorization", owner).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void aMissingOrInvalidFieldIsNamed() throws Exception {
        postJson("{\"name\":\"\",\"quantity\":-1}").andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'quantity')]").exists());
    }

    @Test
    void anUnknownFieldIsRejectedByName() throws Exception {
        postJson("{\"name\":\"a\",\"quantity\":1,\"owner\":\"me\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owner"))
                .andExpect(jsonPath("$.detail").value(containsString("Unknown field 'owner'")));
    }

    @Test
    void malformedJsonAndWrongTypesAreClear() throws Exception {
        postJson("{\"name\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed request body"));
        postJson("{\"name\":\"a\",\"quantity\":\"many\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        mvc.perform(get(WIDGETS + "/not-a-uuid").header("Authorization", owner)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        postJson("{\"name\":\"" + "x".repeat(300 * 1024) + "\",\"quantity\":1}")
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void notFoundConflictAndForbiddenAreProblems() throws Exception {
        mvc.perform(get(WIDGETS + "/missing/" + UUID.randomUUID()).header("Authorization", owner))
                .andExpect(status().isNotFound()).andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        String name = "w-" + UUID.randomUUID();
        postJson("{\"name\":\"" + name + "\",\"quantity\":1}").andExpect(status().isCreated());
        postJson("{\"name\":\"" + name + "\",\"quantity\":1}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("duplicate-widget"));
        mvc.perform(post(WIDGETS).header("Authorization", "Bearer " + TestTokens.withRoles("finance"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"z\",\"quantity\":1}"))
                .andExpect(status().isForbidden()).andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnexpectedFailureIs500WithATraceIdAndNoInternals() throws Exception {
        mvc.perform(get(WIDGETS + "/broken").header("Authorization", owner))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("secret internal detail"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(jsonPath("$.traceId").isNotEmpty());
    }

    @Test
    void pageLengthsAreBounded() throws Exception {
        mvc.perform(get("/api/kit/audit").param("limit", "5000")
                .header("Authorization", "Bearer " + TestTokens.withRoles("owner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
    }
}
