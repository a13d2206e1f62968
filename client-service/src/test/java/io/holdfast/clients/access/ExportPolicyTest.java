package io.holdfast.clients.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.holdfast.clients.access.ExportPolicy.EmploymentStatus;
import io.holdfast.clients.access.ExportPolicy.Refusal;
import org.junit.jupiter.api.Test;

class ExportPolicyTest {

    @Test
    void anActiveEmployeeWithinTheLimitMayExport() {
        var d = ExportPolicy.decide(EmploymentStatus.ACTIVE, 0, 100, 500);
        assertThat(d.allowed()).isTrue();
        assertThat(d.remainingToday()).isEqualTo(400);
    }

    @Test
    void someoneServingNoticeMayNotExportEvenOneRow() {
        var d = ExportPolicy.decide(EmploymentStatus.NOTICE_GIVEN, 0, 1, 500);
        assertThat(d.allowed()).isFalse();
        assertThat(d.refusal()).isEqualTo(Refusal.IN_NOTICE);
    }

    @Test
    void someoneInNoticeIsRefusedEvenForAnEmptyExport() {
        assertThat(ExportPolicy.decide(EmploymentStatus.NOTICE_GIVEN, 0, 0, 500).refusal()).isEqualTo(Refusal.IN_NOTICE);
    }

    @Test
    void aDepartedPersonMayNotExport() {
        assertThat(ExportPolicy.decide(EmploymentStatus.DEPARTED, 0, 1, 500).refusal()).isEqualTo(Refusal.DEPARTED);
    }

    @Test
    void exactlyTheRemainingRowsAreAllowed() {
        var d = ExportPolicy.decide(EmploymentStatus.ACTIVE, 400, 100, 500);
        assertThat(d.allowed()).isTrue();
        assertThat(d.remainingToday()).isZero();
    }

    @Test
    void oneRowOverTheRemainingBudgetIsRefused() {
        var d = ExportPolicy.decide(EmploymentStatus.ACTIVE, 400, 101, 500);
        assertThat(d.refusal()).isEqualTo(Refusal.DAILY_LIMIT);
        assertThat(d.remainingToday()).isEqualTo(100);
    }

    @Test
    void aRequestLargerThanTheWholeDailyLimitIsRefused() {
        assertThat(ExportPolicy.decide(EmploymentStatus.ACTIVE, 0, 501, 500).refusal()).isEqualTo(Refusal.DAILY_LIMIT);
    }

    @Test
    void anExhaustedBudgetStillAllowsAnEmptyExport() {
        assertThat(ExportPolicy.decide(EmploymentStatus.ACTIVE, 500, 0, 500).allowed()).isTrue();
    }

    @Test
    void moreExportedThanTheLimitLeavesNothingNotANegativeBudget() {
        var d = ExportPolicy.decide(EmploymentStatus.ACTIVE, 700, 1, 500);
        assertThat(d.allowed()).isFalse();
        assertThat(d.remainingToday()).isZero();
    }

    @Test
    void departureOutranksTheDailyLimit() {
        assertThat(ExportPolicy.decide(EmploymentStatus.DEPARTED, 900, 10, 500).refusal()).isEqualTo(Refusal.DEPARTED);
    }
}
