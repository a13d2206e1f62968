package io.holdfast.clients.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactEmailRuleTest {

    @Test
    void aBusinessAddressIsNotFlagged() {
        assertThat(ContactEmailRule.flag("anna@acme.example.com", "holdfast.example.com")).isEmpty();
    }

    @Test
    void aFreeMailAddressIsFlagged() {
        assertThat(ContactEmailRule.flag("anna@gmail.com", "holdfast.example.com")).contains("FREE_MAIL");
    }

    @Test
    void freeMailIsRecognisedWhateverTheCase() {
        assertThat(ContactEmailRule.flag("Anna@GMail.COM", null)).contains("FREE_MAIL");
    }

    @Test
    void aRussianFreeMailAddressIsFlagged() {
        assertThat(ContactEmailRule.flag("ivan@yandex.ru", null)).contains("FREE_MAIL");
    }

    @Test
    void anAddressOnTheAccountManagersOwnDomainIsFlagged() {
        assertThat(ContactEmailRule.flag("client@holdfast.example.com", "holdfast.example.com"))
                .contains("ACCOUNT_MANAGER_DOMAIN");
    }

    @Test
    void aSubdomainOfTheManagersDomainIsADifferentDomain() {
        assertThat(ContactEmailRule.flag("client@mail.holdfast.example.com", "holdfast.example.com")).isEmpty();
    }

    @Test
    void anUnknownManagerDomainFlagsOnlyFreeMail() {
        assertThat(ContactEmailRule.flag("client@holdfast.example.com", null)).isEmpty();
    }

    @Test
    void aMissingOrMalformedAddressIsNotFlagged() {
        assertThat(ContactEmailRule.flag(null, "x.com")).isEmpty();
        assertThat(ContactEmailRule.flag("no-at-sign", "x.com")).isEmpty();
    }
}
