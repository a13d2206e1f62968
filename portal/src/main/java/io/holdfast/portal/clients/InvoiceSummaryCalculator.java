package io.holdfast.portal.clients;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client's invoices at a glance: how many in each status, and what is still outstanding per currency (amounts
 * in different currencies are never added together).
 */
public final class InvoiceSummaryCalculator {

    /**
     * @param invoices         the invoices as the service gave them (for the page's table)
     * @param countByStatus    how many invoices in each status
     * @param outstanding      open amount per currency, only currencies with something open
     * @param overdue          how many invoices are overdue
     */
    public record Summary(List<Map<String, Object>> invoices, Map<String, Integer> countByStatus,
                          Map<String, BigDecimal> outstanding, int overdue) {
    }

    private InvoiceSummaryCalculator() {
    }

    public static Summary summarise(List<Map<String, Object>> invoices) {
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, BigDecimal> outstanding = new TreeMap<>();
        int overdue = 0;
        for (Map<String, Object> invoice : invoices) {
            String status = String.valueOf(invoice.get("status"));
            byStatus.merge(status, 1, Integer::sum);
            if ("OVERDUE".equals(status)) {
                overdue++;
            }
            if ("VOID".equals(status) || "DRAFT".equals(status)) {
                continue;
            }
            if (invoice.get("outstanding") instanceof Map<?, ?> money && money.get("amount") != null
                    && money.get("currency") != null) {
                BigDecimal amount = new BigDecimal(money.get("amount").toString());
                if (amount.signum() > 0) {
                    outstanding.merge(money.get("currency").toString(), amount, BigDecimal::add);
                }
            }
        }
        return new Summary(invoices, byStatus, outstanding, overdue);
    }
}
