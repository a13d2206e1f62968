package io.holdfast.finance.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.holdfast.kit.web.SaneRanges;

/**
 * Line amounts: net = quantity × unit price and tax = net × rate, each rounded half-up to cents per line (as the
 * printed invoice shows them), the totals being the sums of the rounded lines so the document always adds up.
 * A line's net or the invoice's total beyond {@link SaneRanges#MAX_AMOUNT} is a 400 naming it.
 */
public final class InvoiceCalculator {

    private InvoiceCalculator() {
    }

    public record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {
    }

    public record PricedLine(Line line, BigDecimal net, BigDecimal tax) {
    }

    public record Totals(List<PricedLine> lines, BigDecimal net, BigDecimal tax, BigDecimal total) {
    }

    public static Totals price(List<Line> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice needs at least one line");
        }
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        BigDecimal tax = BigDecimal.ZERO.setScale(2);
        List<PricedLine> priced = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BigDecimal lineNet = SaneRanges.checkAmount("lines[" + i + "].net",
                    line.quantity().multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP));
            BigDecimal lineTax = lineNet.multiply(line.taxRate()).setScale(2, RoundingMode.HALF_UP);
            priced.add(new PricedLine(line, lineNet, lineTax));
            net = net.add(lineNet);
            tax = tax.add(lineTax);
        }
        return new Totals(List.copyOf(priced), net, tax, SaneRanges.checkAmount("total", net.add(tax)));
    }
}
