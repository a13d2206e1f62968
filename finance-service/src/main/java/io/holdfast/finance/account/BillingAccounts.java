package io.holdfast.finance.account;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Billing accounts and the client directory (client → account manager, contacts) kept from crm.clients.v1. */
@Repository
public class BillingAccounts {

    private static final String SELECT = """
            select a.client_id, a.legal_name, a.billing_contact_name, a.billing_contact_email, a.language,
                   d.account_manager_user_id, d.status, a.opened_at, a.updated_at
            from billing_account a join client_directory d on d.client_id = a.client_id
            """;

    private final JdbcClient jdbc;

    BillingAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BillingAccount> find(String clientId) {
        return jdbc.sql(SELECT + " where a.client_id = :id").param("id", clientId).query(this::map).optional();
    }

    /** The account locked for the rest of the transaction (billing-detail changes, event versions). */
    public Optional<BillingAccount> lock(String clientId) {
        return jdbc.sql(SELECT + " where a.client_id = :id for update of a").param("id", clientId).query(this::map)
                .optional();
    }

    public List<BillingAccount> list(String managerUserId, String after, int limit) {
        return jdbc.sql(SELECT + """
                 where (cast(:manager as text) is null or d.account_manager_user_id = :manager)
                   and (cast(:after as text) is null or a.client_id > :after)
                 order by a.client_id limit :limit
                """).param("manager", managerUserId).param("after", after).param("limit", limit).query(this::map).list();
    }

    /** The account manager of the client, for access checks; empty when finance does not know the client. */
    public Optional<String> managerOf(String clientId) {
        return jdbc.sql("select account_manager_user_id from client_directory where client_id = :id")
                .param("id", clientId).query(String.class).optional();
    }

    public List<String> clientsManagedBy(String managerUserId) {
        return jdbc.sql("select client_id from client_directory where account_manager_user_id = :m order by client_id")
                .param("m", managerUserId).query(String.class).list();
    }

    public List<String> contactEmails(String clientId) {
        return jdbc.sql("select email from client_contact where client_id = :id and email is not null")
                .param("id", clientId).query(String.class).list();
    }

    /**
     * The next version of the client's stream on finance.billing.v1; call in the transaction that publishes the
     * event (the row lock orders concurrent publishers).
     */
    public long nextEventVersion(String clientId) {
        return jdbc.sql("""
                update billing_account set event_version = event_version + 1 where client_id = :id
                returning event_version
                """).param("id", clientId).query(Long.class).single();
    }

    public void changeBillingContact(String clientId, String name, String email, String language) {
        jdbc.sql("""
                update billing_account set billing_contact_name = :name, billing_contact_email = :email,
                       language = :language, updated_at = now() where client_id = :id
                """).param("name", name).param("email", email).param("language", language).param("id", clientId)
                .update();
    }

    void upsertClient(String clientId, String name, String managerUserId) {
        jdbc.sql("""
                insert into client_directory (client_id, client_name, account_manager_user_id)
                values (:id, :name, :manager)
                on conflict (client_id) do update set client_name = excluded.client_name,
                    account_manager_user_id = excluded.account_manager_user_id, updated_at = now()
                """).param("id", clientId).param("name", name).param("manager", managerUserId).update();
    }

    void reassign(String clientId, String clientName, String managerUserId) {
        int updated = jdbc.sql("""
                update client_directory set account_manager_user_id = :manager, updated_at = now()
                where client_id = :id
                """).param("manager", managerUserId).param("id", clientId).update();
        if (updated == 0) {
            upsertClient(clientId, clientName, managerUserId);
        }
    }

    void churn(String clientId) {
        jdbc.sql("update client_directory set status = 'CHURNED', updated_at = now() where client_id = :id")
                .param("id", clientId).update();
    }

    void replaceContacts(String clientId, List<io.holdfast.contracts.crm.Contact> contacts) {
        jdbc.sql("delete from client_contact where client_id = :id").param("id", clientId).update();
        for (var c : contacts) {
            jdbc.sql("""
                    insert into client_contact (client_id, contact_id, name, email, billing)
                    values (:client, :id, :name, :email, :billing) on conflict do nothing
                    """).param("client", clientId).param("id", c.contactId()).param("name", c.name())
                    .param("email", c.email()).param("billing", c.billing()).update();
        }
    }

    /** Opens the account once; a redelivered or replayed registration leaves an existing account as it is. */
    boolean open(String clientId, String legalName, String contactName, String contactEmail, String language) {
        return jdbc.sql("""
                insert into billing_account (client_id, legal_name, billing_contact_name, billing_contact_email, language)
                values (:id, :name, :contactName, :contactEmail, :language) on conflict (client_id) do nothing
                """).param("id", clientId).param("name", legalName).param("contactName", contactName)
                .param("contactEmail", contactEmail).param("language", language).update() == 1;
    }

    private BillingAccount map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BillingAccount(rs.getString("client_id"), rs.getString("legal_name"),
                rs.getString("billing_contact_name"), rs.getString("billing_contact_email"), rs.getString("language"),
                rs.getString("account_manager_user_id"), rs.getString("status"),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
