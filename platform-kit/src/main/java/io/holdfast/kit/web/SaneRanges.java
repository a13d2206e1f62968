package io.holdfast.kit.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one place that decides which dates and amounts Holdfast takes from a request: every date or time in any
 * request body or parameter of any service lies in the years {@value #MIN_YEAR}–{@value #MAX_YEAR}, and every
 * amount a service computes from one (an invoice line's total, an invoice's total) stays within
 * {@link #MAX_AMOUNT}. A value outside is a 400 naming the field, never a 500 from the database.
 */
public final class SaneRanges {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;
    /** The largest amount of money in one figure: 15 digits and cents, what every money column holds with room for sums. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");
    static final String OUT_OF_RANGE = "is outside the years " + MIN_YEAR + "-" + MAX_YEAR;

    private SaneRanges() {
    }

    /** The year of a date or time, when the value is one. */
    static Optional<Integer> year(Object value) {
        return Optional.ofNullable(switch (value) {
            case LocalDate d -> d.getYear();
            case LocalDateTime d -> d.getYear();
            case OffsetDateTime d -> d.getYear();
            case ZonedDateTime d -> d.getYear();
            case YearMonth d -> d.getYear();
            case Year d -> d.getValue();
            case Instant i -> i.isBefore(LocalDate.MIN.atStartOfDay().toInstant(ZoneOffset.UTC))
                    ? Integer.MIN_VALUE : i.isAfter(Instant.parse("+999999999-12-31T00:00:00Z")) ? Integer.MAX_VALUE
                    : i.atOffset(ZoneOffset.UTC).getYear();
            default -> null;
        });
    }

    public static boolean inRange(Object dateOrTime) {
        return year(dateOrTime).map(y -> y >= MIN_YEAR && y <= MAX_YEAR).orElse(true);
    }

    /** 400 for {@code field} when {@code amount} is beyond {@link #MAX_AMOUNT} either way. */
    public static BigDecimal checkAmount(String field, BigDecimal amount) {
        if (amount != null && amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw tooLarge(field);
        }
        return amount;
    }

    /** The 400 for an amount past {@link #MAX_AMOUNT}. */
    public static BadRequestException tooLarge(String field) {
        return new BadRequestException(field, "is more than " + MAX_AMOUNT.toPlainString() + ", the largest amount Holdfast holds");
    }

    /** 400 for {@code field} when {@code value} is a date or time outside the years. */
    public static <T> T checkDate(String field, T value) {
        if (value != null && !inRange(value)) {
            throw new BadRequestException(field, OUT_OF_RANGE);
        }
        return value;
    }

    /** The Jackson module every service's request bodies are read with: a date or time out of range fails the field. */
    public static SimpleModule jacksonModule() {
        SimpleModule module = new SimpleModule("holdfast-sane-ranges");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                    ValueDeserializer<?> deserializer) {
                return isDateOrTime(bean.getBeanClass()) ? new InRange(deserializer) : deserializer;
            }
        });
        return module;
    }

    static boolean isDateOrTime(Class<?> type) {
        return type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
                || type == ZonedDateTime.class || type == Instant.class || type == YearMonth.class || type == Year.class;
    }

    /** A request parameter's date or time outside the years. */
    static final class OutOfRange extends IllegalArgumentException {
        OutOfRange() {
            super(OUT_OF_RANGE);
        }
    }

    /** Request parameters: ISO dates and times, inside the years. */
    static void addParameterConverters(org.springframework.format.FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, s -> inYears(s.isBlank() ? null : LocalDate.parse(s.strip())));
        registry.addConverter(String.class, Instant.class, s -> inYears(s.isBlank() ? null
                : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s.strip(), Instant::from)));
        registry.addConverter(String.class, OffsetDateTime.class, s -> inYears(s.isBlank() ? null : OffsetDateTime.parse(s.strip())));
    }

    private static <T> T inYears(T value) {
        if (value != null && !inRange(value)) {
            throw new OutOfRange();
        }
        return value;
    }

    private static final class InRange extends DelegatingDeserializer {

        InRange(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new InRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = super.deserialize(p, ctxt);
            if (value != null && !inRange(value)) {
                throw InvalidFormatException.from(p, OUT_OF_RANGE, value, value.getClass());
            }
            return value;
        }
    }
}
