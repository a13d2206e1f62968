package io.holdfast.finance.receivable;

import static io.holdfast.finance.receivable.ReceivableStatusRule.Status.DISPUTED;
import static io.holdfast.finance.receivable.ReceivableStatusRule.Status.IN_COLLECTION;
import static io.holdfast.finance.receivable.ReceivableStatusRule.Status.OPEN;
import static io.holdfast.finance.receivable.ReceivableStatusRule.Status.SETTLED;
import static io.holdfast.finance.receivable.ReceivableStatusRule.Status.WAIVED;
import static io.holdfast.finance.receivable.ReceivableStatusRule.Status.WRITTEN_OFF;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceivableStatusRuleTest {

    @Test
    void anOpenReceivableGoesToCollectionDisputeSettlementOrWriteOff() {
        assertThat(ReceivableStatusRule.refuse(OPEN, IN_COLLECTION)).isEmpty();
        assertThat(ReceivableStatusRule.refuse(OPEN, DISPUTED)).isEmpty();
        assertThat(ReceivableStatusRule.refuse(OPEN, SETTLED)).isEmpty();
        assertThat(ReceivableStatusRule.refuse(OPEN, WRITTEN_OFF)).isEmpty();
    }

    @Test
    void aDisputeCanGoBackToCollection() {
        assertThat(ReceivableStatusRule.refuse(DISPUTED, IN_COLLECTION)).isEmpty();
    }

    @Test
    void onlyHrWaivesAPenalty() {
        assertThat(ReceivableStatusRule.refuse(OPEN, WAIVED)).get().asString().contains("hr");
    }

    @Test
    void closedReceivablesStayClosed() {
        assertThat(ReceivableStatusRule.refuse(SETTLED, OPEN)).isPresent();
        assertThat(ReceivableStatusRule.refuse(WRITTEN_OFF, IN_COLLECTION)).isPresent();
        assertThat(ReceivableStatusRule.refuse(WAIVED, SETTLED)).isPresent();
    }

    @Test
    void nothingGoesBackToOpen() {
        assertThat(ReceivableStatusRule.refuse(IN_COLLECTION, OPEN)).isPresent();
    }

    @Test
    void aStatusDoesNotChangeToItself() {
        assertThat(ReceivableStatusRule.refuse(OPEN, OPEN)).isPresent();
    }
}
