package io.holdfast.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money. Serialised as {@code {"amount":"1234.50","currency":"EUR"}}: the amount is a
 * decimal string, never a floating-point number; the currency an ISO 4217 code.
 *
 * @param amount   the amount, with the scale it was given
 * @param currency ISO 4217 code, three upper-case letters
 */
public record Money(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, was: " + currency);
        }
    }

    /** {@code Money.of("1234.50", "EUR")}. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** {@code Money.of(amount, "EUR")}. */
    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
