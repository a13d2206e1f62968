package io.holdfast.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

class SaneRangesTest {

    record Body(LocalDate on, Instant at, List<LocalDate> days) {
    }

    private final JsonMapper json = JsonMapper.builder().addModule(SaneRanges.jacksonModule()).build();

    @Test
    void datesAndTimesInsideTheYearsAreRead() {
        Body body = json.readValue("{\"on\":\"1900-01-01\",\"at\":\"2199-12-31T23:59:59Z\",\"days\":[\"2026-12-07\"]}", Body.class);
        assertThat(body.on()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(body.days()).containsExactly(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aDateOrTimeOutsideTheYearsFailsItsFieldWhereverItIs() {
        assertThatThrownBy(() -> json.readValue("{\"on\":\"-300000-01-01\"}", Body.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("outside the years")
                .satisfies(e -> assertThat(((DatabindException) e).getPath().getFirst().getPropertyName()).isEqualTo("on"));
        assertThatThrownBy(() -> json.readValue("{\"at\":\"+300000-01-01T00:00:00Z\"}", Body.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue("{\"days\":[\"2026-01-01\",\"1899-12-31\"]}", Body.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue("{\"at\":\"2200-01-01T00:00:00Z\"}", Body.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void amountsBeyondTheLargestAreRefusedBothWays() {
        assertThat(SaneRanges.checkAmount("total", SaneRanges.MAX_AMOUNT)).isEqualTo(SaneRanges.MAX_AMOUNT);
        assertThatThrownBy(() -> SaneRanges.checkAmount("total", SaneRanges.MAX_AMOUNT.add(new BigDecimal("0.01"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("largest amount");
        assertThatThrownBy(() -> SaneRanges.checkAmount("total", SaneRanges.MAX_AMOUNT.negate().subtract(BigDecimal.ONE)))
                .isInstanceOf(BadRequestException.class);
    }
}
