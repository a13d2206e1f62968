package io.holdfast.clients.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.holdfast.contracts.crm.HandoverPlanned.Task;
import io.holdfast.contracts.crm.HandoverPlanned.Task.Kind;
import org.junit.jupiter.api.Test;

class HandoverTaskPolicyTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void aLongNoticeGivesEveryTaskItsNormalDelay() {
        List<Task> tasks = HandoverTaskPolicy.tasks(MONDAY, MONDAY.plusDays(30), "sponsor", "successor");
        assertThat(tasks).extracting(Task::kind).containsExactly(Kind.EXECUTIVE_CALL,
                Kind.BILLING_CONTACT_CONFIRMATION, Kind.INTRODUCTION_LETTER, Kind.CONTACT_REVIEW);
        assertThat(tasks).extracting(Task::dueOn).containsExactly(MONDAY.plusDays(3), MONDAY.plusDays(5),
                MONDAY.plusDays(7), MONDAY.plusDays(10));
    }

    @Test
    void theExecutiveCallIsTheSponsorsAndTheRestTheSuccessors() {
        List<Task> tasks = HandoverTaskPolicy.tasks(MONDAY, MONDAY.plusDays(30), "sponsor", "successor");
        assertThat(tasks.getFirst().assigneeUserId()).isEqualTo("sponsor");
        assertThat(tasks.subList(1, 4)).allSatisfy(t -> assertThat(t.assigneeUserId()).isEqualTo("successor"));
    }

    @Test
    void noTaskIsDueAfterTheLastWorkingDay() {
        List<Task> tasks = HandoverTaskPolicy.tasks(MONDAY, MONDAY.plusDays(4), "s", "n");
        assertThat(tasks).allSatisfy(t -> assertThat(t.dueOn()).isBeforeOrEqualTo(MONDAY.plusDays(4)));
        assertThat(tasks.getFirst().dueOn()).isEqualTo(MONDAY.plusDays(3));
    }

    @Test
    void aLastWorkingDayAlreadyPassedMakesEverythingDueToday() {
        List<Task> tasks = HandoverTaskPolicy.tasks(MONDAY, MONDAY.minusDays(2), "s", "n");
        assertThat(tasks).allSatisfy(t -> assertThat(t.dueOn()).isEqualTo(MONDAY));
    }

    @Test
    void anUnknownLastWorkingDayKeepsTheNormalDelays() {
        assertThat(HandoverTaskPolicy.due(MONDAY, 7, null)).isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void aTaskFallingExactlyOnTheLastWorkingDayStays() {
        assertThat(HandoverTaskPolicy.due(MONDAY, 5, MONDAY.plusDays(5))).isEqualTo(MONDAY.plusDays(5));
    }
}
