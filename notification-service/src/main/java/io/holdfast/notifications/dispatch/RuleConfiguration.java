package io.holdfast.notifications.dispatch;

import io.holdfast.notifications.routing.NotificationRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule table, with the portal address its messages link to. */
@Configuration(proxyBeanMethods = false)
class RuleConfiguration {

    @Bean
    NotificationRule notificationRule(@Value("${holdfast.notifications.portal-url}") String portalUrl) {
        return new NotificationRule(portalUrl);
    }
}
