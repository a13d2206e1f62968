package io.holdfast.notifications.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.holdfast.notifications.digest.TouchpointDueRule.DueTouch;
import io.holdfast.notifications.digest.TouchpointDueRule.Kind;
import io.holdfast.notifications.directory.ClientTouchState;
import io.holdfast.notifications.directory.LastTouches;
import org.junit.jupiter.api.Test;

class TouchpointDueRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final LocalDate HORIZON = TODAY.plusDays(3);
    final TouchpointDueRule rule = new TouchpointDueRule(90, 180);

    static ClientTouchState client(LocalDate since, LocalDate lastExecutive, LocalDate lastCompany) {
        return new ClientTouchState("c-1", "Acme", "vera", "anna", since, lastExecutive, lastCompany);
    }

    List<DueTouch> due(ClientTouchState client) {
        return rule.due(List.of(client), TODAY, HORIZON);
    }

    @Test
    void aClientNeverTouchedCountsFromWhenItBecameAClient() {
        assertThat(due(client(TODAY.minusDays(200), null, null))).extracting(DueTouch::kind, DueTouch::ownerUserId,
                DueTouch::dueOn, DueTouch::overdue).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.EXECUTIVE, "vera", TODAY.minusDays(110), true),
                        org.assertj.core.groups.Tuple.tuple(Kind.COMPANY, "anna", TODAY.minusDays(20), true));
    }

    @Test
    void aNewClientNeverTouchedOwesNothingYet() {
        assertThat(due(client(TODAY.minusDays(10), null, null))).isEmpty();
    }

    @Test
    void aClientJustTouchedOwesNothing() {
        assertThat(due(client(TODAY.minusYears(5), TODAY, TODAY))).isEmpty();
    }

    @Test
    void anExecutiveTouchDueInTwoDaysIsDueSoonForTheSponsor() {
        assertThat(due(client(TODAY.minusYears(5), TODAY.minusDays(88), TODAY))).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Kind.EXECUTIVE);
            assertThat(t.ownerUserId()).isEqualTo("vera");
            assertThat(t.dueOn()).isEqualTo(TODAY.plusDays(2));
            assertThat(t.overdue()).isFalse();
        });
    }

    @Test
    void anExecutiveTouchOverdueByADayIsOverdue() {
        assertThat(due(client(TODAY.minusYears(5), TODAY.minusDays(91), TODAY))).singleElement().satisfies(t -> {
            assertThat(t.dueOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(t.overdue()).isTrue();
        });
    }

    @Test
    void aTouchDueTodayIsDueSoonNotOverdue() {
        assertThat(due(client(TODAY.minusYears(5), TODAY.minusDays(90), TODAY))).singleElement()
                .satisfies(t -> assertThat(t.overdue()).isFalse());
    }

    @Test
    void aTouchDueAfterTheHorizonIsNotShown() {
        assertThat(due(client(TODAY.minusYears(5), TODAY.minusDays(86), TODAY))).isEmpty();
    }

    @Test
    void theCompanyLevelTouchGoesToTheAccountManagerOnItsOwnLongerCadence() {
        // an executive touch 100 days ago is overdue for the sponsor; a company touch 100 days ago is not yet due
        assertThat(due(client(TODAY.minusYears(5), TODAY.minusDays(100), TODAY.minusDays(100)))).singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo(Kind.EXECUTIVE));
        assertThat(due(client(TODAY.minusYears(5), TODAY, TODAY.minusDays(179)))).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Kind.COMPANY);
            assertThat(t.ownerUserId()).isEqualTo("anna");
            assertThat(t.dueOn()).isEqualTo(TODAY.plusDays(1));
        });
    }

    @Test
    void aClientWithoutASponsorOwesNoExecutiveTouchToAnyone() {
        var client = new ClientTouchState("c-1", "Acme", null, "anna", TODAY.minusYears(5), null, TODAY);
        assertThat(rule.due(List.of(client), TODAY, HORIZON)).isEmpty();
    }

    @Test
    void anExecutiveTouchMovesTheExecutiveDateOnlyAndACompanyTouchTheCompanyDateOnly() {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        assertThat(LastTouches.NONE.with(true, false, now)).isEqualTo(new LastTouches(now, null));
        assertThat(LastTouches.NONE.with(false, true, now)).isEqualTo(new LastTouches(null, now));
        assertThat(LastTouches.NONE.with(true, true, now)).isEqualTo(new LastTouches(now, now));
    }

    @Test
    void aTouchWithAnOlderTimestampArrivingLateDoesNotMoveTheDateBack() {
        Instant recent = Instant.parse("2026-11-20T10:00:00Z");
        Instant older = Instant.parse("2026-08-01T10:00:00Z");
        LastTouches last = new LastTouches(recent, recent);

        assertThat(last.with(true, true, older)).isEqualTo(last);
        assertThat(last.with(true, true, recent)).isEqualTo(last);
        assertThat(last.with(true, false, recent.plusSeconds(60)))
                .isEqualTo(new LastTouches(recent.plusSeconds(60), recent));
    }

    @Test
    void cadencesMustBePositive() {
        assertThatThrownBy(() -> new TouchpointDueRule(0, 180)).isInstanceOf(IllegalArgumentException.class);
    }
}
