package io.holdfast.finance.company;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** "Today" in the company's time zone: invoice dates, due dates and freeze windows are company dates. */
@Component
public class CompanyClock {

    private final Clock clock;
    private final CompanySettings company;

    public CompanyClock(CompanySettings company) {
        this.clock = Clock.systemUTC();
        this.company = company;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(company.zone()));
    }
}
