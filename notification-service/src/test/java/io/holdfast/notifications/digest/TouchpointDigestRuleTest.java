package io.holdfast.notifications.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import io.holdfast.contracts.crm.HandoverPlanned.Task.Kind;
import io.holdfast.notifications.directory.OpenTask;
import org.junit.jupiter.api.Test;

class TouchpointDigestRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    final TouchpointDigestRule rule = new TouchpointDigestRule(3);

    static OpenTask task(String who, LocalDate due) {
        return new OpenTask(who, "c-1", "Acme", Kind.EXECUTIVE_CALL, due);
    }

    @Test
    void aTaskDueBeforeTodayIsOverdue() {
        var digests = rule.compose(List.of(task("vera", TODAY.minusDays(1))), TODAY);

        assertThat(digests).singleElement().satisfies(d -> {
            assertThat(d.overdue()).hasSize(1);
            assertThat(d.dueSoon()).isEmpty();
        });
    }

    @Test
    void aTaskDueTodayIsDueSoonNotOverdue() {
        assertThat(rule.compose(List.of(task("vera", TODAY)), TODAY)).singleElement()
                .satisfies(d -> assertThat(d.overdue()).isEmpty())
                .satisfies(d -> assertThat(d.dueSoon()).hasSize(1));
    }

    @Test
    void theLastDayOfTheHorizonIsIncludedAndTheDayAfterIsNot() {
        var digests = rule.compose(List.of(task("vera", TODAY.plusDays(3)), task("sam", TODAY.plusDays(4))), TODAY);

        assertThat(digests).extracting(TouchpointDigestRule.Digest::assigneeUserId).containsExactly("vera");
    }

    @Test
    void eachPersonGetsOnlyTheirOwnTasks() {
        var digests = rule.compose(List.of(task("vera", TODAY.minusDays(2)), task("sam", TODAY),
                task("vera", TODAY.plusDays(1))), TODAY);

        assertThat(digests).hasSize(2);
        var vera = digests.stream().filter(d -> d.assigneeUserId().equals("vera")).findFirst().orElseThrow();
        assertThat(vera.overdue()).hasSize(1);
        assertThat(vera.dueSoon()).hasSize(1);
    }

    @Test
    void nobodyGetsAnEmptyDigest() {
        assertThat(rule.compose(List.of(), TODAY)).isEmpty();
    }

    @Test
    void aNegativeHorizonIsRefused() {
        assertThatThrownBy(() -> new TouchpointDigestRule(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tasksAndTouchesOwedByOnePersonGoIntoOneDigest() {
        var overdueTouch = new TouchpointDueRule.DueTouch("vera", "c-2", "Beta", TouchpointDueRule.Kind.EXECUTIVE,
                TODAY.minusDays(1), true);
        var soonTouch = new TouchpointDueRule.DueTouch("anna", "c-2", "Beta", TouchpointDueRule.Kind.COMPANY,
                TODAY.plusDays(2), false);

        var digests = rule.compose(List.of(task("vera", TODAY)), List.of(overdueTouch, soonTouch), TODAY);

        assertThat(digests).hasSize(2);
        assertThat(digests.get(0)).satisfies(d -> {
            assertThat(d.assigneeUserId()).isEqualTo("vera");
            assertThat(d.dueSoon()).hasSize(1);
            assertThat(d.overdueTouches()).containsExactly(overdueTouch);
            assertThat(d.overdueCount()).isEqualTo(1);
            assertThat(d.dueSoonCount()).isEqualTo(1);
        });
        assertThat(digests.get(1)).satisfies(d -> {
            assertThat(d.assigneeUserId()).isEqualTo("anna");
            assertThat(d.overdue()).isEmpty();
            assertThat(d.dueSoonTouches()).containsExactly(soonTouch);
        });
    }
}
