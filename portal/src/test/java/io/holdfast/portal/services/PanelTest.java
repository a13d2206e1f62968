package io.holdfast.portal.services;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PanelTest {

    @Test
    void statusesMapToWhatAPersonIsTold() {
        assertThat(Panel.Kind.ofStatus(404)).isEqualTo(Panel.Kind.NOT_FOUND);
        assertThat(Panel.Kind.ofStatus(403)).isEqualTo(Panel.Kind.FORBIDDEN);
        assertThat(Panel.Kind.ofStatus(401)).isEqualTo(Panel.Kind.SIGNED_OUT);
        assertThat(Panel.Kind.ofStatus(400)).isEqualTo(Panel.Kind.REJECTED);
        assertThat(Panel.Kind.ofStatus(409)).isEqualTo(Panel.Kind.REJECTED);
        assertThat(Panel.Kind.ofStatus(413)).isEqualTo(Panel.Kind.REJECTED);
    }

    @Test
    void overloadAndServerErrorsMeanTheServiceIsUnavailable() {
        assertThat(Panel.Kind.ofStatus(429)).isEqualTo(Panel.Kind.UNAVAILABLE);
        assertThat(Panel.Kind.ofStatus(408)).isEqualTo(Panel.Kind.UNAVAILABLE);
        assertThat(Panel.Kind.ofStatus(500)).isEqualTo(Panel.Kind.UNAVAILABLE);
        assertThat(Panel.Kind.ofStatus(503)).isEqualTo(Panel.Kind.UNAVAILABLE);
    }

    @Test
    void aFailedPanelStaysFailedWhenMapped() {
        Panel<Integer> failed = Panel.failed(new Panel.Problem(Panel.Kind.UNAVAILABLE, "finance", null));
        assertThat(failed.map(n -> n + 1).ok()).isFalse();
        assertThat(failed.orElse(7)).isEqualTo(7);
        assertThat(Panel.of(1).map(n -> n + 1).value()).isEqualTo(2);
    }

    @Test
    void problemsNameTheirMessage() {
        assertThat(new Panel.Problem(Panel.Kind.NOT_FOUND, "clients", null).messageKey()).isEqualTo("problem.not_found");
    }
}
