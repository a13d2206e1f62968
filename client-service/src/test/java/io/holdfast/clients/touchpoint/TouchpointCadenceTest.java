package io.holdfast.clients.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.holdfast.clients.touchpoint.TouchpointCadence.Settings;
import io.holdfast.clients.touchpoint.TouchpointCadence.State;
import org.junit.jupiter.api.Test;

class TouchpointCadenceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    static final Settings DEFAULT = Settings.DEFAULT;

    @Test
    void aRecentExecutiveAndCompanyTouchIsOk() {
        var a = TouchpointCadence.assess(LONG_AGO, TODAY.minusDays(10), TODAY.minusDays(10), TODAY, DEFAULT);
        assertThat(a.executive().state()).isEqualTo(State.OK);
        assertThat(a.company().state()).isEqualTo(State.OK);
        assertThat(a.needsAttention()).isFalse();
    }

    @Test
    void anExecutiveTouch91DaysAgoIsOverdue() {
        var a = TouchpointCadence.assess(LONG_AGO, TODAY.minusDays(91), TODAY.minusDays(1), TODAY, DEFAULT);
        assertThat(a.executive().state()).isEqualTo(State.OVERDUE);
        assertThat(a.executive().dueOn()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void anExecutiveTouchExactly90DaysAgoIsDueTodayNotOverdue() {
        assertThat(TouchpointCadence.assess(LONG_AGO, TODAY.minusDays(90), TODAY, TODAY, DEFAULT).executive().state())
                .isEqualTo(State.DUE);
    }

    @Test
    void aTouchFallingDueWithinTwoWeeksIsDue() {
        assertThat(TouchpointCadence.assess(LONG_AGO, TODAY.minusDays(76), TODAY, TODAY, DEFAULT).executive().state())
                .isEqualTo(State.DUE);
    }

    @Test
    void aTouchFallingDueInFifteenDaysIsStillOk() {
        assertThat(TouchpointCadence.assess(LONG_AGO, TODAY.minusDays(75), TODAY, TODAY, DEFAULT).executive().state())
                .isEqualTo(State.OK);
    }

    @Test
    void theCompanyLevelCadenceIs180Days() {
        assertThat(TouchpointCadence.assess(LONG_AGO, TODAY, TODAY.minusDays(181), TODAY, DEFAULT).company().state())
                .isEqualTo(State.OVERDUE);
        assertThat(TouchpointCadence.assess(LONG_AGO, TODAY, TODAY.minusDays(100), TODAY, DEFAULT).company().state())
                .isEqualTo(State.OK);
    }

    @Test
    void aClientNeverTouchedCountsFromTheStartOfTheRelationship() {
        var a = TouchpointCadence.assess(TODAY.minusDays(30), null, null, TODAY, DEFAULT);
        assertThat(a.executive().state()).isEqualTo(State.OK);
        assertThat(a.executive().dueOn()).isEqualTo(TODAY.plusDays(60));
    }

    @Test
    void anOldClientNeverTouchedIsOverdueOnBoth() {
        var a = TouchpointCadence.assess(LONG_AGO, null, null, TODAY, DEFAULT);
        assertThat(a.executive().state()).isEqualTo(State.OVERDUE);
        assertThat(a.company().state()).isEqualTo(State.OVERDUE);
    }

    @Test
    void theCadenceIsConfigurable() {
        var monthly = new Settings(30, 60, 0);
        assertThat(TouchpointCadence.assess(LONG_AGO, TODAY.minusDays(31), TODAY, TODAY, monthly).executive().state())
                .isEqualTo(State.OVERDUE);
        assertThat(TouchpointCadence.assess(LONG_AGO, TODAY.minusDays(29), TODAY, TODAY, monthly).executive().state())
                .isEqualTo(State.OK);
    }
}
