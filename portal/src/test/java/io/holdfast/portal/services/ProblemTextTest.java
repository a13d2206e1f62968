package io.holdfast.portal.services;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTextTest {

    @Test
    void aFieldErrorNamesTheFieldAndItsMessage() {
        assertThat(ProblemText.detailOf("{\"title\":\"Bad Request\",\"errors\":[{\"field\":\"at\",\"message\":\"must be in the past\"}]}"))
                .isEqualTo("at: must be in the past");
    }

    @Test
    void theDetailIsPreferredOverTheTitle() {
        assertThat(ProblemText.detailOf("{\"title\":\"Conflict\",\"status\":409,\"code\":\"BILLING_FROZEN\",\"detail\":\"Billing details are frozen until 2027-01-14\"}"))
                .isEqualTo("Billing details are frozen until 2027-01-14");
    }

    @Test
    void theTitleStandsInForAMissingDetail() {
        assertThat(ProblemText.detailOf("{\"title\":\"Payload Too Large\",\"status\":413}")).isEqualTo("Payload Too Large");
    }

    @Test
    void escapedQuotesAreShownAsQuotes() {
        assertThat(ProblemText.detailOf("{\"detail\":\"client \\\"Acme\\\" is churned\"}")).isEqualTo("client \"Acme\" is churned");
    }

    @Test
    void anEmptyOrNonJsonBodyHasNoText() {
        assertThat(ProblemText.detailOf("")).isNull();
        assertThat(ProblemText.detailOf(null)).isNull();
        assertThat(ProblemText.detailOf("<html>Bad gateway</html>")).isNull();
    }
}
