package io.holdfast.portal.home;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInUserTest {

    @Test
    void fullNameIsShownWhenTheTokenHasOne() {
        SignedInUser user = SignedInUser.of("id-1", "Olga Owner", "olga.owner", List.of("owner"));
        assertThat(user.displayName()).isEqualTo("Olga Owner");
        assertThat(user.username()).isEqualTo("olga.owner");
    }

    @Test
    void usernameStandsInForAMissingName() {
        assertThat(SignedInUser.of("id-1", null, "olga.owner", List.of()).displayName()).isEqualTo("olga.owner");
        assertThat(SignedInUser.of("id-1", " ", "olga.owner", List.of()).displayName()).isEqualTo("olga.owner");
    }

    @Test
    void subjectStandsInWhenThereIsNoUsernameEither() {
        SignedInUser serviceAccount = SignedInUser.of("id-9", null, null, List.of());
        assertThat(serviceAccount.displayName()).isEqualTo("id-9");
        assertThat(serviceAccount.username()).isEqualTo("id-9");
    }

    @Test
    void keycloakTechnicalRolesAreHiddenAndTheRestSorted() {
        SignedInUser user = SignedInUser.of("id-2", "Tom Lead", "tom.lead",
                List.of("team-lead", "offline_access", "uma_authorization", "default-roles-holdfast", "account-manager"));
        assertThat(user.roles()).containsExactly("account-manager", "team-lead");
    }
}
