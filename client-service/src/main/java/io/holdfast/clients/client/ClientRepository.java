package io.holdfast.clients.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clients and contacts in plain SQL. */
@Repository
public class ClientRepository {

    static final String COLUMNS = """
            c.id, c.name, c.tax_id, c.segment, c.status, c.team, c.account_manager_user_id,
            c.executive_sponsor_user_id, c.client_since, c.yearly_revenue, c.currency, c.language, c.version""";

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Client> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from client c where c.id = :id").param("id", id)
                .query(ClientRepository::map).optional();
    }

    /** Locks the client row for a change; the handover and manual reassignment both go through this. */
    public Optional<Client> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from client c where c.id = :id for update").param("id", id)
                .query(ClientRepository::map).optional();
    }

    /** A chunk of the clients an account manager manages, in id order after {@code after}. */
    public List<Client> managedBy(String userId, UUID after, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from client c where c.account_manager_user_id = :userId and c.status <> 'CHURNED'
                  and (cast(:after as uuid) is null or c.id > :after)
                order by c.id limit :limit
                """).param("userId", userId).param("after", after).param("limit", limit)
                .query(ClientRepository::map).list();
    }

    public int countManagedBy(String userId) {
        return jdbc.sql("select count(*) from client where account_manager_user_id = :u and status <> 'CHURNED'")
                .param("u", userId).query(Integer.class).single();
    }

    boolean taxIdTaken(String taxId, UUID except) {
        return jdbc.sql("select count(*) from client where lower(tax_id) = lower(:t) and (cast(:except as uuid) is null or id <> :except)")
                .param("t", taxId).param("except", except).query(Integer.class).single() > 0;
    }

    void insert(Client c) {
        jdbc.sql("""
                insert into client (id, name, tax_id, segment, status, team, account_manager_user_id,
                  executive_sponsor_user_id, client_since, yearly_revenue, currency, language, version)
                values (:id, :name, :taxId, :segment, :status, :team, :manager, :sponsor, :since, :revenue,
                  :currency, :language, 0)
                """)
                .param("id", c.id()).param("name", c.name()).param("taxId", c.taxId()).param("segment", c.segment())
                .param("status", c.status().name()).param("team", c.team()).param("manager", c.accountManagerUserId())
                .param("sponsor", c.executiveSponsorUserId()).param("since", c.clientSince())
                .param("revenue", c.yearlyRevenue()).param("currency", c.currency()).param("language", c.language())
                .update();
    }

    void update(Client c) {
        jdbc.sql("""
                update client set name = :name, segment = :segment, executive_sponsor_user_id = :sponsor,
                  yearly_revenue = :revenue, currency = :currency, language = :language where id = :id
                """)
                .param("id", c.id()).param("name", c.name()).param("segment", c.segment())
                .param("sponsor", c.executiveSponsorUserId()).param("revenue", c.yearlyRevenue())
                .param("currency", c.currency()).param("language", c.language()).update();
    }

    public void setStatus(UUID id, Client.Status status) {
        jdbc.sql("update client set status = :s where id = :id").param("s", status.name()).param("id", id).update();
    }

    /** CHURNED, and the day it happened (earlier days are allowed: a loss is often recorded late). */
    void churned(UUID id, java.time.LocalDate on) {
        jdbc.sql("update client set status = 'CHURNED', churned_on = :on where id = :id").param("on", on)
                .param("id", id).update();
    }

    public void setAccountManager(UUID id, String userId, String team) {
        jdbc.sql("update client set account_manager_user_id = :u, team = coalesce(:team, team) where id = :id")
                .param("u", userId).param("team", team).param("id", id).update();
    }

    /** The version for the next event of this client: versions start at 1 and grow by one per event. */
    public long nextVersion(UUID id) {
        return jdbc.sql("update client set version = version + 1 where id = :id returning version").param("id", id)
                .query(Long.class).single();
    }

    public List<ContactRecord> contacts(UUID clientId) {
        return jdbc.sql("select * from contact where client_id = :id and archived_at is null order by is_primary desc, name, id")
                .param("id", clientId)
                .query((rs, n) -> new ContactRecord(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                        rs.getString("name"), rs.getString("role"), rs.getString("email"), rs.getString("phone"),
                        rs.getBoolean("is_primary"), rs.getBoolean("is_billing")))
                .list();
    }

    void insertContact(ContactRecord c) {
        jdbc.sql("""
                insert into contact (id, client_id, name, role, email, phone, is_primary, is_billing)
                values (:id, :clientId, :name, :role, :email, :phone, :primary, :billing)
                """).param("id", c.id()).param("clientId", c.clientId()).param("name", c.name()).param("role", c.role())
                .param("email", c.email()).param("phone", c.phone()).param("primary", c.primary())
                .param("billing", c.billing()).update();
    }

    int updateContact(ContactRecord c) {
        return jdbc.sql("""
                update contact set name = :name, role = :role, email = :email, phone = :phone, is_primary = :primary,
                  is_billing = :billing where id = :id and client_id = :clientId and archived_at is null
                """).param("id", c.id()).param("clientId", c.clientId()).param("name", c.name()).param("role", c.role())
                .param("email", c.email()).param("phone", c.phone()).param("primary", c.primary())
                .param("billing", c.billing()).update();
    }

    /** Archives a live contact (never deletes it); 0 when there is none. */
    int archiveContact(UUID clientId, UUID contactId, String by) {
        return jdbc.sql("""
                update contact set archived_at = now(), archived_by = :by
                where id = :id and client_id = :clientId and archived_at is null
                """).param("id", contactId).param("clientId", clientId).param("by", by).update();
    }

    /** Brings an archived contact back; 0 when there is no archived one. */
    int restoreContact(UUID clientId, UUID contactId) {
        return jdbc.sql("""
                update contact set archived_at = null, archived_by = null
                where id = :id and client_id = :clientId and archived_at is not null
                """).param("id", contactId).param("clientId", clientId).update();
    }

    public List<ContactRecord> archivedContacts(UUID clientId) {
        return jdbc.sql("select * from contact where client_id = :id and archived_at is not null order by archived_at desc, id")
                .param("id", clientId)
                .query((rs, n) -> new ContactRecord(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                        rs.getString("name"), rs.getString("role"), rs.getString("email"), rs.getString("phone"),
                        rs.getBoolean("is_primary"), rs.getBoolean("is_billing")))
                .list();
    }

    /** Keeps what the contact became by {@code change}; in the same transaction as the change. */
    void recordContactHistory(UUID contactId, UUID clientId, String change, String by) {
        jdbc.sql("""
                insert into contact_history (contact_id, client_id, change, name, role, email, phone, is_primary,
                                             is_billing, changed_by)
                select id, client_id, :change, name, role, email, phone, is_primary, is_billing, :by
                from contact where id = :id and client_id = :clientId
                """).param("id", contactId).param("clientId", clientId).param("change", change).param("by", by).update();
    }

    public record ContactVersion(String change, String name, String role, String email, String phone, boolean primary,
            boolean billing, String changedBy, java.time.Instant changedAt) {
    }

    /** Every version of a contact, oldest first; empty when the client has no such contact. */
    public List<ContactVersion> contactHistory(UUID clientId, UUID contactId) {
        return jdbc.sql("""
                select * from contact_history where contact_id = :id and client_id = :clientId order by seq
                """).param("id", contactId).param("clientId", clientId)
                .query((rs, n) -> new ContactVersion(rs.getString("change"), rs.getString("name"), rs.getString("role"),
                        rs.getString("email"), rs.getString("phone"), rs.getBoolean("is_primary"),
                        rs.getBoolean("is_billing"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    static Client map(ResultSet rs, int n) throws SQLException {
        return new Client(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("tax_id"),
                rs.getString("segment"), Client.Status.valueOf(rs.getString("status")), rs.getString("team"),
                rs.getString("account_manager_user_id"), rs.getString("executive_sponsor_user_id"),
                rs.getObject("client_since", java.time.LocalDate.class), rs.getBigDecimal("yearly_revenue"),
                rs.getString("currency"), rs.getString("language"), rs.getLong("version"));
    }
}
