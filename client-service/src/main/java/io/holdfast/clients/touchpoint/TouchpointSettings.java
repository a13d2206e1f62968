package io.holdfast.clients.touchpoint;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cadence from {@code holdfast.clients.touchpoints.*}, one bean for the due lists and the risk score. */
@Configuration(proxyBeanMethods = false)
class TouchpointSettings {

    @Bean
    TouchpointCadence.Settings touchpointCadenceSettings(
            @Value("${holdfast.clients.touchpoints.executive-every-days:90}") int executiveDays,
            @Value("${holdfast.clients.touchpoints.company-every-days:180}") int companyDays,
            @Value("${holdfast.clients.touchpoints.due-soon-days:14}") int dueSoonDays) {
        return new TouchpointCadence.Settings(executiveDays, companyDays, dueSoonDays);
    }
}
