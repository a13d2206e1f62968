package io.holdfast.finance.invoice;

import java.math.BigDecimal;

/**
 * A payment is recorded against one invoice, in its currency, and never for more than is still owed: an
 * overpayment is refused rather than silently kept (the client is asked to split it or is refunded).
 */
public final class PaymentAllocationPolicy {

    private PaymentAllocationPolicy() {
    }

    public sealed interface Allocation {
    }

    public record Accepted(BigDecimal paidAfter, BigDecimal outstandingAfter) implements Allocation {
    }

    public record Refused(String code, String message) implements Allocation {
    }

    public static Allocation allocate(BigDecimal total, BigDecimal alreadyPaid, BigDecimal amount,
            String invoiceCurrency, String paymentCurrency) {
        if (amount == null || amount.signum() <= 0) {
            return new Refused("PAYMENT_NOT_POSITIVE", "A payment must be more than zero");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            return new Refused("PAYMENT_FRACTION_OF_CENT", "A payment cannot hold fractions of a cent");
        }
        if (paymentCurrency != null && !paymentCurrency.equals(invoiceCurrency)) {
            return new Refused("PAYMENT_CURRENCY_MISMATCH",
                    "The invoice is in " + invoiceCurrency + ", the payment in " + paymentCurrency);
        }
        BigDecimal outstanding = total.subtract(alreadyPaid);
        if (amount.compareTo(outstanding) > 0) {
            return new Refused("PAYMENT_EXCEEDS_OUTSTANDING",
                    "The payment of " + amount.toPlainString() + " is more than the " + outstanding.toPlainString()
                            + " still owed");
        }
        BigDecimal paidAfter = alreadyPaid.add(amount).setScale(2);
        return new Accepted(paidAfter, total.subtract(paidAfter).setScale(2));
    }
}
