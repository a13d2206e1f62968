package io.holdfast.notifications.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartnershipRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void countsFullYearsOnly() {
        assertThat(PartnershipRule.years(LocalDate.of(2021, 11, 27), TODAY)).isEqualTo(4);
        assertThat(PartnershipRule.years(LocalDate.of(2021, 11, 26), TODAY)).isEqualTo(5);
    }

    @Test
    void aClientOfLessThanAYearIsCertifiedForOneYear() {
        assertThat(PartnershipRule.years(LocalDate.of(2026, 6, 1), TODAY)).isEqualTo(1);
    }

    @Test
    void anUnknownOrFutureStartCountsAsOneYear() {
        assertThat(PartnershipRule.years(null, TODAY)).isEqualTo(1);
        assertThat(PartnershipRule.years(TODAY.plusDays(1), TODAY)).isEqualTo(1);
    }

    @Test
    void englishSingularAndPlural() {
        assertThat(PartnershipRule.wording(1, "en")).isEqualTo("1 year");
        assertThat(PartnershipRule.wording(7, "en")).isEqualTo("7 years");
    }

    @Test
    void russianNounFollowsTheNumber() {
        assertThat(PartnershipRule.wording(1, "ru")).isEqualTo("1 год");
        assertThat(PartnershipRule.wording(3, "ru")).isEqualTo("3 года");
        assertThat(PartnershipRule.wording(5, "ru")).isEqualTo("5 лет");
        assertThat(PartnershipRule.wording(11, "ru")).isEqualTo("11 лет");
        assertThat(PartnershipRule.wording(14, "ru")).isEqualTo("14 лет");
        assertThat(PartnershipRule.wording(21, "ru")).isEqualTo("21 год");
        assertThat(PartnershipRule.wording(22, "ru")).isEqualTo("22 года");
    }
}
