package io.holdfast.finance.billingchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class FourEyesPolicyTest {

    static final String REQUESTER = "u-1";
    static final String OTHER = "u-2";

    @Test
    void anotherFinancePersonMayDecideAPendingChange() {
        assertThat(FourEyesPolicy.refuseDecision(REQUESTER, OTHER, Set.of("finance"), "PENDING")).isEmpty();
    }

    @Test
    void theRequesterMayNotApproveTheirOwnChange() {
        assertThat(FourEyesPolicy.refuseDecision(REQUESTER, REQUESTER, Set.of("finance"), "PENDING")).get()
                .extracting(FourEyesPolicy.Refusal::code).isEqualTo("SELF_APPROVAL");
    }

    @Test
    void theRequesterStaysRefusedEvenWithMoreRoles() {
        assertThat(FourEyesPolicy.refuseDecision(REQUESTER, REQUESTER, Set.of("finance", "owner"), "PENDING"))
                .isPresent();
    }

    @Test
    void someoneOutsideFinanceMayNotDecide() {
        assertThat(FourEyesPolicy.refuseDecision(REQUESTER, OTHER, Set.of("owner"), "PENDING")).get()
                .extracting(FourEyesPolicy.Refusal::code).isEqualTo("NOT_FINANCE");
    }

    @Test
    void aFinanceSystemServiceAccountMayNotDecide() {
        assertThat(FourEyesPolicy.refuseDecision(REQUESTER, OTHER, Set.of("finance-system"), "PENDING")).isPresent();
    }

    @Test
    void aDecidedChangeCannotBeDecidedAgain() {
        assertThat(FourEyesPolicy.refuseDecision(REQUESTER, OTHER, Set.of("finance"), "APPROVED")).get()
                .extracting(FourEyesPolicy.Refusal::code).isEqualTo("CHANGE_NOT_PENDING");
        assertThat(FourEyesPolicy.refuseDecision(REQUESTER, OTHER, Set.of("finance"), "REJECTED")).isPresent();
    }

    @Test
    void selfApprovalIsReportedBeforeTheStatus() {
        assertThat(FourEyesPolicy.refuseDecision(REQUESTER, REQUESTER, Set.of("finance"), "APPROVED")).get()
                .extracting(FourEyesPolicy.Refusal::code).isEqualTo("SELF_APPROVAL");
    }
}
