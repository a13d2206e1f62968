package io.holdfast.notifications.letters;

import java.time.LocalDate;
import java.time.Period;

/** How long a client has been with the company, and how a certificate says it in each language. */
public final class PartnershipRule {

    private PartnershipRule() {
    }

    /** Full years from the first day as a client to {@code today}; at least 1, a certificate never says 0. */
    public static int years(LocalDate clientSince, LocalDate today) {
        if (clientSince == null || clientSince.isAfter(today)) {
            return 1;
        }
        return Math.max(1, Period.between(clientSince, today).getYears());
    }

    /** "1 year", "3 years"; in Russian the noun follows the number: 1 год, 2 года, 5 лет, 11 лет, 21 год. */
    public static String wording(int years, String language) {
        if (!"ru".equals(language)) {
            return years + (years == 1 ? " year" : " years");
        }
        int lastTwo = years % 100;
        int last = years % 10;
        String noun;
        if (lastTwo >= 11 && lastTwo <= 14) {
            noun = "лет";
        } else if (last == 1) {
            noun = "год";
        } else if (last >= 2 && last <= 4) {
            noun = "года";
        } else {
            noun = "лет";
        }
        return years + " " + noun;
    }
}
