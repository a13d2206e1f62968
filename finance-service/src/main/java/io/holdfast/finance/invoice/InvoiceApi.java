package io.holdfast.finance.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.holdfast.contracts.Money;
import io.holdfast.finance.company.CompanySettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the invoice API. Amounts travel as decimal strings, never as floats. */
public final class InvoiceApi {

    private InvoiceApi() {
    }

    public record NewInvoice(
            @NotBlank @Size(max = 64) String clientId,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
            @NotNull @Min(0) @Max(365) Integer paymentTermsDays,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull NewLine> lines) {
    }

    public record NewLine(
            @NotBlank @Size(max = 500) String description,
            @NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity,
            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal unitPrice,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal taxRate) {
    }

    public record VoidRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record NewPayment(
            @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
            @NotNull @PastOrPresent LocalDate receivedOn,
            @Size(max = 200) String reference) {
    }

    public record LineView(int lineNo, String description, String quantity, Money unitPrice, String taxRate, Money net,
            Money tax) {
    }

    public record PaymentView(UUID id, Money amount, LocalDate receivedOn, String reference, String recordedBy,
            Instant recordedAt) {
    }

    /** What finance sees: the whole invoice with the company's payee details and where it is sent. */
    public record InvoiceView(UUID id, String clientId, String legalName, String billingContactName,
            String billingContactEmail, String number, InvoiceStatus status, String currency, int paymentTermsDays,
            LocalDate issuedOn, LocalDate dueOn, List<LineView> lines, Money net, Money tax, Money total, Money paid,
            Money outstanding, String voidReason, List<PaymentView> payments, CompanySettings.Payee payee,
            Instant createdAt, Instant updatedAt) {
    }

    /** What an account manager sees of their own clients' invoices: status and amounts, nothing else. */
    public record InvoiceStatusView(UUID id, String clientId, String number, InvoiceStatus status, LocalDate dueOn,
            Money total, Money outstanding) {
    }
}
