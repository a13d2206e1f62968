package io.holdfast.clients.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.holdfast.clients.access.PreparationSignal.Evidence;
import io.holdfast.clients.access.PreparationSignal.Reason;
import io.holdfast.clients.access.PreparationSignal.Settings;
import org.junit.jupiter.api.Test;

class PreparationSignalTest {

    final Settings s = new Settings(5, 1, 0.5, 4, 2.0, 30, 0.8, 50);

    static Evidence evidence(Reason reason) {
        return new Evidence(reason, 1, List.of(), Instant.EPOCH, Instant.EPOCH, "");
    }

    @Test
    void theScoreIsTheSumOfTheWeightsStrongestReasonFirst() {
        var signal = PreparationSignal.of("u", "n", List.of(evidence(Reason.EXPORTS_NEAR_LIMIT), evidence(Reason.CONTACTS_TO_FREE_MAIL)));
        assertThat(signal.score()).isEqualTo(55);
        assertThat(signal.reasons()).extracting(Evidence::reason).containsExactly(Reason.CONTACTS_TO_FREE_MAIL, Reason.EXPORTS_NEAR_LIMIT);
        assertThat(PreparationSignal.alerts(signal, s)).isTrue();
        assertThat(PreparationSignal.alerts(PreparationSignal.of("u", "n", List.of(evidence(Reason.READS_ABOVE_USUAL))), s)).isFalse();
    }

    @Test
    void touchShareFallsOnlyWithEnoughTouchesInBothPeriods() {
        assertThat(PreparationSignal.touchShareFalling(4, 3, 4, 0, s)).isTrue();
        assertThat(PreparationSignal.touchShareFalling(4, 2, 4, 1, s)).isFalse(); // 50% -> 25% is exactly half, not below
        assertThat(PreparationSignal.touchShareFalling(3, 3, 10, 0, s)).isFalse(); // too few earlier touches
        assertThat(PreparationSignal.touchShareFalling(10, 5, 3, 0, s)).isFalse(); // too few recent touches
        assertThat(PreparationSignal.touchShareFalling(10, 0, 10, 0, s)).isFalse(); // never had company touches
    }

    @Test
    void readsAboveUsualNeedTheMinimumAndTheFactor() {
        assertThat(PreparationSignal.readsAboveUsual(30, 0, s)).isTrue(); // a new habit counts from the minimum
        assertThat(PreparationSignal.readsAboveUsual(29, 0, s)).isFalse();
        assertThat(PreparationSignal.readsAboveUsual(60, 30, s)).isFalse(); // exactly twice the usual
        assertThat(PreparationSignal.readsAboveUsual(61, 30, s)).isTrue();
    }

    @Test
    void contactThresholds() {
        assertThat(PreparationSignal.contactChangesCount(4, s)).isFalse();
        assertThat(PreparationSignal.contactChangesCount(5, s)).isTrue();
        assertThat(PreparationSignal.freeMailCounts(0, s)).isFalse();
        assertThat(PreparationSignal.freeMailCounts(1, s)).isTrue();
    }
}
