package io.holdfast.finance.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record Invoice(UUID id, String clientId, String companyCode, String number, InvoiceStatus status,
        String currency, int paymentTermsDays, LocalDate issuedOn, LocalDate dueOn, BigDecimal net, BigDecimal tax,
        BigDecimal total, BigDecimal paid, String voidReason, String createdBy, Instant createdAt, Instant updatedAt) {

    public BigDecimal outstanding() {
        return status == InvoiceStatus.VOID ? BigDecimal.ZERO.setScale(2) : total.subtract(paid);
    }
}
