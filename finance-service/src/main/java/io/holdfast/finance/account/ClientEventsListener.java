package io.holdfast.finance.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.ClientChurned;
import io.holdfast.contracts.crm.ClientContactsChanged;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.contracts.crm.Contact;
import io.holdfast.finance.company.CompanySettings;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.inbox.AggregateVersions;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Opens billing accounts from ClientRegistered and keeps the client → account manager directory and the
 * client's contacts current. A billing contact is only taken from the CRM's billing-flagged contacts at opening;
 * afterwards it changes only through the four-eyes process.
 */
@Component
class ClientEventsListener {

    private static final String STREAM = "crm-client";

    private final Inbox inbox;
    private final AggregateVersions versions;
    private final BillingAccounts accounts;
    private final CompanySettings company;
    private final AuditLog audit;

    ClientEventsListener(Inbox inbox, AggregateVersions versions, BillingAccounts accounts, CompanySettings company,
            AuditLog audit) {
        this.inbox = inbox;
        this.versions = versions;
        this.accounts = accounts;
        this.company = company;
        this.audit = audit;
    }

    @KafkaListener(id = "finance-service.accounts", groupId = "${spring.application.name}.accounts",
            topics = Topics.CRM_CLIENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "accounts", event -> {
            switch (event.payload()) {
                case ClientRegistered e -> {
                    if (versions.advance(STREAM, e.clientId(), e.aggregateVersion())) {
                        accounts.upsertClient(e.clientId(), e.name(), e.accountManagerUserId());
                        List<Contact> contacts = e.contacts() == null ? List.of() : e.contacts();
                        accounts.replaceContacts(e.clientId(), contacts);
                        Optional<Contact> billing = firstAcceptableBillingContact(contacts);
                        if (accounts.open(e.clientId(), e.name(), billing.map(Contact::name).orElse(null),
                                billing.map(Contact::email).orElse(null), e.language() == null ? "en" : e.language())) {
                            audit.record("system", "billing-account.opened", "billing-account", e.clientId(),
                                    Map.of("legalName", e.name(), "billingContact",
                                            billing.map(Contact::email).orElse("none")));
                        }
                    }
                }
                case ClientContactsChanged e -> {
                    if (versions.advance(STREAM, e.clientId(), e.aggregateVersion())) {
                        accounts.replaceContacts(e.clientId(), e.contacts() == null ? List.of() : e.contacts());
                    }
                }
                case ClientReassigned e -> {
                    if (versions.advance(STREAM, e.clientId(), e.aggregateVersion())) {
                        accounts.reassign(e.clientId(), e.clientName(), e.toUserId());
                    }
                }
                case io.holdfast.contracts.crm.ClientUpdated e -> {
                    // the client's name in finance's directory; the billing account's legal name is finance's own
                    if (versions.advance(STREAM, e.clientId(), e.aggregateVersion())) {
                        accounts.upsertClient(e.clientId(), e.clientName(), e.accountManagerUserId());
                    }
                }
                case ClientChurned e -> {
                    if (versions.advance(STREAM, e.clientId(), e.aggregateVersion())) {
                        accounts.churn(e.clientId());
                    }
                }
                default -> {
                    // touchpoints, risk and handover plans do not concern billing
                }
            }
        });
    }

    private Optional<Contact> firstAcceptableBillingContact(List<Contact> contacts) {
        List<String> emails = contacts.stream().map(Contact::email).toList();
        return contacts.stream().filter(Contact::billing)
                .filter(c -> BillingContactRule.refusal(c.email(), company.emailDomain(), emails).isEmpty())
                .findFirst();
    }
}
