package io.holdfast.finance.invoice;

/**
 * Invoice numbers: {@code <company>-<year>-<sequence>}, the sequence starting at 1 each year for each company and
 * never skipping (tax law wants a gapless series; the counter is taken in the issuing transaction, so a rolled
 * back issue gives its number back).
 */
public final class InvoiceNumberRule {

    private InvoiceNumberRule() {
    }

    public static long next(Long lastIssued) {
        return lastIssued == null ? 1 : lastIssued + 1;
    }

    public static String format(String companyCode, int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
        return companyCode + "-" + year + "-" + String.format("%06d", sequence);
    }
}
