package io.holdfast.finance.receivable;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A penalty receivable is OPEN when booked; finance or legal move it to IN_COLLECTION, DISPUTED, SETTLED or
 * WRITTEN_OFF. WAIVED comes only from hr (PenaltyAdjusted). Settled, written-off and waived ones are closed.
 */
public final class ReceivableStatusRule {

    public enum Status {
        OPEN, IN_COLLECTION, DISPUTED, SETTLED, WRITTEN_OFF, WAIVED
    }

    private static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.OPEN, Set.of(Status.IN_COLLECTION, Status.DISPUTED, Status.SETTLED, Status.WRITTEN_OFF),
            Status.IN_COLLECTION, Set.of(Status.DISPUTED, Status.SETTLED, Status.WRITTEN_OFF),
            Status.DISPUTED, Set.of(Status.IN_COLLECTION, Status.SETTLED, Status.WRITTEN_OFF),
            Status.SETTLED, Set.of(),
            Status.WRITTEN_OFF, Set.of(),
            Status.WAIVED, Set.of());

    private ReceivableStatusRule() {
    }

    public static Optional<String> refuse(Status from, Status to) {
        if (to == Status.WAIVED) {
            return Optional.of("A penalty is waived by hr (the contract owner), not by finance");
        }
        if (!ALLOWED.get(from).contains(to)) {
            return Optional.of("A " + from + " receivable cannot become " + to);
        }
        return Optional.empty();
    }
}
