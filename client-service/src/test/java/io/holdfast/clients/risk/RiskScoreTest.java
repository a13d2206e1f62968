package io.holdfast.clients.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.holdfast.clients.risk.RiskScore.Factor;
import io.holdfast.clients.risk.RiskScore.Inputs;
import io.holdfast.contracts.crm.ClientRiskChanged.Band;
import org.junit.jupiter.api.Test;

class RiskScoreTest {

    /** A well covered client: several people in touch, touches on time, reachable business contacts. */
    static final Inputs HEALTHY = new Inputs(false, 3, false, false, 2, 0, false);

    @Test
    void aWellCoveredClientScoresZeroWithNoReasons() {
        var r = RiskScore.of(HEALTHY);
        assertThat(r.score()).isZero();
        assertThat(r.band()).isEqualTo(Band.LOW);
        assertThat(r.reasons()).isEmpty();
    }

    @Test
    void aLeavingManagerAloneMakesTheClientMedium() {
        var r = RiskScore.of(new Inputs(true, 3, false, false, 2, 0, false));
        assertThat(r.score()).isEqualTo(40);
        assertThat(r.band()).isEqualTo(Band.MEDIUM);
        assertThat(r.factors()).containsExactly(Factor.MANAGER_IN_NOTICE);
        assertThat(r.reasons()).containsExactly("the account manager is leaving");
    }

    @Test
    void oneEmployeeInContactIsSingleThreaded() {
        assertThat(RiskScore.of(new Inputs(false, 1, false, false, 2, 0, false)).factors()).containsExactly(Factor.SINGLE_THREADED);
    }

    @Test
    void nobodyInContactIsAlsoSingleThreaded() {
        assertThat(RiskScore.of(new Inputs(false, 0, false, false, 2, 0, false)).factors()).containsExactly(Factor.SINGLE_THREADED);
    }

    @Test
    void twoPeopleInContactIsNotSingleThreaded() {
        assertThat(RiskScore.of(new Inputs(false, 2, false, false, 2, 0, false)).factors()).isEmpty();
    }

    @Test
    void overdueExecutiveAndCompanyTouchesCountSeparately() {
        var r = RiskScore.of(new Inputs(false, 3, true, true, 2, 0, false));
        assertThat(r.factors()).containsExactly(Factor.EXECUTIVE_TOUCH_OVERDUE, Factor.NO_COMPANY_TOUCH);
        assertThat(r.score()).isEqualTo(30);
        assertThat(r.band()).isEqualTo(Band.MEDIUM);
    }

    @Test
    void contactsAllOnFreeMailOrTheManagersDomainAreOnlyReachableThroughTheManager() {
        assertThat(RiskScore.of(new Inputs(false, 3, false, false, 2, 2, false)).factors())
                .containsExactly(Factor.CONTACTS_ONLY_THROUGH_MANAGER);
    }

    @Test
    void oneReachableBusinessContactIsEnough() {
        assertThat(RiskScore.of(new Inputs(false, 3, false, false, 2, 1, false)).factors()).isEmpty();
    }

    @Test
    void noContactsAtAllMeansOnlyTheManagerKnowsThem() {
        assertThat(RiskScore.of(new Inputs(false, 3, false, false, 0, 0, false)).factors())
                .containsExactly(Factor.CONTACTS_ONLY_THROUGH_MANAGER);
    }

    @Test
    void theManagersUnusualAccessIsAFactor() {
        assertThat(RiskScore.of(new Inputs(false, 3, false, false, 2, 0, true)).score()).isEqualTo(20);
    }

    @Test
    void everyFactorTogetherIsCappedAt100() {
        var r = RiskScore.of(new Inputs(true, 1, true, true, 0, 0, true));
        assertThat(r.score()).isEqualTo(100);
        assertThat(r.band()).isEqualTo(Band.HIGH);
        assertThat(r.reasons()).hasSize(6);
    }

    @Test
    void everyStoredReasonLeadsBackToItsFactor() {
        var r = RiskScore.of(new Inputs(true, 1, true, true, 0, 0, true));
        assertThat(r.reasons()).map(reason -> RiskScore.Factor.ofReason(reason).orElseThrow()).containsExactlyElementsOf(r.factors());
        assertThat(RiskScore.Factor.ofReason("a reason nobody wrote")).isEmpty();
    }

    @Test
    void bandBoundariesAre30And60() {
        assertThat(RiskScore.band(29)).isEqualTo(Band.LOW);
        assertThat(RiskScore.band(30)).isEqualTo(Band.MEDIUM);
        assertThat(RiskScore.band(59)).isEqualTo(Band.MEDIUM);
        assertThat(RiskScore.band(60)).isEqualTo(Band.HIGH);
    }

    @Test
    void aLeavingManagerOfASingleThreadedClientWithOverdueTouchesIsHigh() {
        var r = RiskScore.of(new Inputs(true, 1, true, false, 2, 0, false));
        assertThat(r.score()).isEqualTo(70);
        assertThat(r.band()).isEqualTo(Band.HIGH);
    }
}
