package io.holdfast.finance.departure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FreezeWindowPolicyTest {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

    @Test
    void theFreezeLastsThirtyDaysAfterTheLastWorkingDay() {
        assertThat(FreezeWindowPolicy.frozenUntil(LAST_DAY, 30)).isEqualTo(LocalDate.of(2027, 1, 30));
    }

    @Test
    void theWindowCrossesAYearAndALeapFebruary() {
        assertThat(FreezeWindowPolicy.frozenUntil(LocalDate.of(2028, 2, 15), 30)).isEqualTo(LocalDate.of(2028, 3, 16));
    }

    @Test
    void aNegativeGraceIsRefused() {
        assertThatThrownBy(() -> FreezeWindowPolicy.frozenUntil(LAST_DAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frozenBeforeTheLastDayAlready() {
        assertThat(FreezeWindowPolicy.isFrozen(LAST_DAY.minusDays(20), LAST_DAY.plusDays(30), false)).isTrue();
    }

    @Test
    void stillFrozenOnTheLastDayOfTheWindow() {
        assertThat(FreezeWindowPolicy.isFrozen(LAST_DAY.plusDays(30), LAST_DAY.plusDays(30), false)).isTrue();
    }

    @Test
    void freeTheDayAfterTheWindow() {
        assertThat(FreezeWindowPolicy.isFrozen(LAST_DAY.plusDays(31), LAST_DAY.plusDays(30), false)).isFalse();
    }

    @Test
    void aLiftedFreezeNoLongerHolds() {
        assertThat(FreezeWindowPolicy.isFrozen(LAST_DAY, LAST_DAY.plusDays(30), true)).isFalse();
    }

    @Test
    void theReviewLooksBackThirtyDaysFromTheNotice() {
        assertThat(FreezeWindowPolicy.reviewFrom(LocalDate.of(2026, 3, 1), 30)).isEqualTo(LocalDate.of(2026, 1, 30));
    }
}
