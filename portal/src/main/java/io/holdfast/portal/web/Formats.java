package io.holdfast.portal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and money in the reader's language, for templates ({@code ${@fmt.date(x)}}). Values arrive as
 * the services' JSON strings (ISO dates, decimal strings); anything unreadable is shown as it came.
 */
@Component("fmt")
public class Formats {

    private final ZoneId zone;

    Formats(@Value("${holdfast.portal.time-zone:Europe/Berlin}") ZoneId zone) {
        this.zone = zone;
    }

    public String date(Object iso) {
        if (iso == null) {
            return "—";
        }
        try {
            String s = iso.toString();
            LocalDate date = s.length() > 10 ? Instant.parse(s).atZone(zone).toLocalDate() : LocalDate.parse(s);
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
        } catch (RuntimeException e) {
            return iso.toString();
        }
    }

    public String dateTime(Object iso) {
        if (iso == null) {
            return "—";
        }
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                    .format(Instant.parse(iso.toString()).atZone(zone));
        } catch (RuntimeException e) {
            return iso.toString();
        }
    }

    public String number(Object value) {
        if (value == null) {
            return "—";
        }
        try {
            return NumberFormat.getNumberInstance(locale()).format(new BigDecimal(value.toString()));
        } catch (RuntimeException e) {
            return value.toString();
        }
    }

    public String percent(Object value) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale());
        return f.format(new BigDecimal(value.toString()).movePointLeft(2));
    }

    /** A {@code {"amount":"1234.50","currency":"EUR"}} object (or amount and currency apart) in the reader's style. */
    public String money(Object money) {
        if (money instanceof Map<?, ?> m) {
            return money(m.get("amount"), m.get("currency"));
        }
        return money == null ? "—" : money.toString();
    }

    public String money(Object amount, Object currency) {
        if (amount == null) {
            return "—";
        }
        try {
            NumberFormat f = NumberFormat.getCurrencyInstance(locale());
            if (currency != null) {
                f.setCurrency(Currency.getInstance(currency.toString()));
            }
            return f.format(new BigDecimal(amount.toString()));
        } catch (RuntimeException e) {
            return amount + (currency == null ? "" : " " + currency);
        }
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
