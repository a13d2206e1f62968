package io.holdfast.clients.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.List;

import io.holdfast.clients.handover.SuccessorRule.Basis;
import io.holdfast.clients.handover.SuccessorRule.Candidate;
import org.junit.jupiter.api.Test;

class SuccessorRuleTest {

    static final String LEAVER = "leaver";
    static final String SPONSOR = "sponsor";

    static Candidate c(String id, String load) {
        return new Candidate(id, new BigDecimal(load), false);
    }

    @Test
    void theTeamMemberWithTheLowestLoadTakesOver() {
        var p = SuccessorRule.propose(LEAVER, SPONSOR, List.of(c("anna", "500000"), c("boris", "120000"), c("carl", "300000")));
        assertThat(p.successorUserId()).isEqualTo("boris");
        assertThat(p.basis()).isEqualTo(Basis.LOWEST_LOAD_IN_TEAM);
    }

    @Test
    void someoneInNoticeIsNeverProposedEvenWithTheLowestLoad() {
        var p = SuccessorRule.propose(LEAVER, SPONSOR, List.of(new Candidate("idle-leaver", BigDecimal.ZERO, true),
                c("anna", "900000")));
        assertThat(p.successorUserId()).isEqualTo("anna");
    }

    @Test
    void theDepartingManagerIsNeverTheirOwnSuccessor() {
        var p = SuccessorRule.propose(LEAVER, SPONSOR, List.of(c(LEAVER, "0"), c("anna", "10")));
        assertThat(p.successorUserId()).isEqualTo("anna");
    }

    @Test
    void anEmptyTeamFallsBackToTheExecutiveSponsor() {
        var p = SuccessorRule.propose(LEAVER, SPONSOR, List.of());
        assertThat(p.successorUserId()).isEqualTo(SPONSOR);
        assertThat(p.basis()).isEqualTo(Basis.EXECUTIVE_SPONSOR);
    }

    @Test
    void aTeamWhereEveryoneIsLeavingFallsBackToTheExecutiveSponsor() {
        var p = SuccessorRule.propose(LEAVER, SPONSOR, List.of(new Candidate("a", BigDecimal.ONE, true),
                new Candidate("b", BigDecimal.TEN, true)));
        assertThat(p.successorUserId()).isEqualTo(SPONSOR);
    }

    @Test
    void aTeamOfOnlyTheLeaverFallsBackToTheExecutiveSponsor() {
        assertThat(SuccessorRule.propose(LEAVER, SPONSOR, List.of(c(LEAVER, "0"))).successorUserId()).isEqualTo(SPONSOR);
    }

    @Test
    void equalLoadsAreBrokenByUserIdSoTheProposalIsStable() {
        var p = SuccessorRule.propose(LEAVER, SPONSOR, List.of(c("zed", "100"), c("amy", "100")));
        assertThat(p.successorUserId()).isEqualTo("amy");
    }

    @Test
    void loadsCompareByValueNotByScale() {
        var p = SuccessorRule.propose(LEAVER, SPONSOR, List.of(c("x", "100.00"), c("y", "99.9")));
        assertThat(p.successorUserId()).isEqualTo("y");
    }

    @Test
    void aClientWithoutSponsorIsAProgrammingError() {
        assertThatNullPointerException().isThrownBy(() -> SuccessorRule.propose(LEAVER, null, List.of()));
    }
}
