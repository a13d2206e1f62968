package io.holdfast.notifications.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the letters come from: the company's name, logo (a classpath PNG), the signatory of company documents,
 * and the finance contact the introduction letter names.
 */
@ConfigurationProperties("holdfast.notifications.company")
public record CompanyProfile(String name, String logo, String signatoryName, String signatoryTitle,
        String financeContactName, String financeContactEmail) {
}
