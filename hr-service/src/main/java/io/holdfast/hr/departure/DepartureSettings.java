package io.holdfast.hr.departure;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DepartureSettings {

    @Bean
    DepartureCompletionRule departureCompletionRule(@Value("${holdfast.company.time-zone:Europe/Berlin}") String zone) {
        return new DepartureCompletionRule(ZoneId.of(zone));
    }
}
