package io.holdfast.finance.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Line amounts: net = quantity × unit price and tax = net × rate, each rounded half-up to cents per line (as the
 * printed invoice shows them), the totals being the sums of the rounded lines so the document always adds up.
 * {@link Totals#firstBeyond} names the first figure past the largest amount the service holds.
 */
public final class InvoiceCalculator {

    private InvoiceCalculator() {
    }

    public record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {
    }

    public record PricedLine(Line line, BigDecimal net, BigDecimal tax) {
    }

    public record Totals(List<PricedLine> lines, BigDecimal net, BigDecimal tax, BigDecimal total) {

        /** The first figure (a line's net, then the total) above {@code max}, as a request field name. */
        public java.util.Optional<String> firstBeyond(BigDecimal max) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).net().abs().compareTo(max) > 0) {
                    return java.util.Optional.of("lines[" + i + "].net");
                }
            }
            return total.abs().compareTo(max) > 0 ? java.util.Optional.of("total") : java.util.Optional.empty();
        }
    }

    public static Totals price(List<Line> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice needs at least one line");
        }
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        BigDecimal tax = BigDecimal.ZERO.setScale(2);
        List<PricedLine> priced = new java.util.ArrayList<>();
        for (Line line : lines) {
            BigDecimal lineNet = line.quantity().multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP);
            BigDecimal lineTax = lineNet.multiply(line.taxRate()).setScale(2, RoundingMode.HALF_UP);
            priced.add(new PricedLine(line, lineNet, lineTax));
            net = net.add(lineNet);
            tax = tax.add(lineTax);
        }
        return new Totals(List.copyOf(priced), net, tax, net.add(tax));
    }
}
