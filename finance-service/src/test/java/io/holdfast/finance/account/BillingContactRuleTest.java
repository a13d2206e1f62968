package io.holdfast.finance.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BillingContactRuleTest {

    static final List<String> CONTACTS = List.of("accounts@acme.example.com", "Jane.Doe@Acme.example.com",
            "boss@holdfast.example.com");

    @Test
    void aContactOfTheClientIsAccepted() {
        assertThat(BillingContactRule.refusal("accounts@acme.example.com", "holdfast.example.com", CONTACTS)).isEmpty();
    }

    @Test
    void caseAndSurroundingSpacesDoNotMatter() {
        assertThat(BillingContactRule.refusal(" jane.doe@acme.EXAMPLE.com", "holdfast.example.com", CONTACTS)).isEmpty();
    }

    @Test
    void anEmployeesAddressIsRefusedEvenIfListedAsAClientContact() {
        assertThat(BillingContactRule.refusal("boss@holdfast.example.com", "holdfast.example.com", CONTACTS))
                .get().asString().contains("company itself");
    }

    @Test
    void aSubdomainOfTheCompanyIsTheCompanyToo() {
        assertThat(BillingContactRule.refusal("x@mail.holdfast.example.com", "Holdfast.example.com",
                List.of("x@mail.holdfast.example.com"))).isPresent();
    }

    @Test
    void aDomainThatMerelyEndsLikeTheCompanysIsNotTheCompany() {
        assertThat(BillingContactRule.refusal("x@notholdfast.example.com", "holdfast.example.com",
                List.of("x@notholdfast.example.com"))).isEmpty();
    }

    @Test
    void anAddressUnknownToTheCrmIsRefused() {
        assertThat(BillingContactRule.refusal("pay-here@elsewhere.example.net", "holdfast.example.com", CONTACTS))
                .get().asString().contains("not one of the client's contacts");
    }

    @Test
    void somethingThatIsNotAnAddressIsRefused() {
        assertThat(BillingContactRule.refusal("nobody", "holdfast.example.com", CONTACTS)).isPresent();
        assertThat(BillingContactRule.refusal(null, "holdfast.example.com", CONTACTS)).isPresent();
        assertThat(BillingContactRule.refusal("  ", "holdfast.example.com", CONTACTS)).isPresent();
    }
}
