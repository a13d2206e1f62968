package io.holdfast.finance.company;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The company that bills: its code (the invoice-number series), its own e-mail domain (an address there is an
 * employee's, never a client's billing contact), its time zone (what "today" means for due dates) and the payee
 * details printed on every invoice. Configuration only, read-only through the API.
 */
@ConfigurationProperties("holdfast.company")
public record CompanySettings(String code, String emailDomain, ZoneId zone, String defaultCurrency, Payee payee) {

    public CompanySettings {
        code = code == null || code.isBlank() ? "HF" : code;
        emailDomain = emailDomain == null ? "holdfast.example.com" : emailDomain;
        zone = zone == null ? ZoneId.of("UTC") : zone;
        defaultCurrency = defaultCurrency == null ? "EUR" : defaultCurrency;
        payee = payee == null ? new Payee(null, null, null, null, null, null) : payee;
    }

    /** Where clients pay: the company's own account, never a person's. */
    public record Payee(String legalName, String address, String taxId, String bankName, String iban, String bic) {
    }
}
