package io.holdfast.finance.invoice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceRepository {

    private static final String COLUMNS = """
            id, client_id, company_code, number, status, currency, payment_terms_days, issued_on, due_on, net, tax,
            total, paid, void_reason, created_by, created_at, updated_at
            """;

    private final JdbcClient jdbc;

    InvoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record LineRow(int lineNo, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal taxRate, BigDecimal net, BigDecimal tax) {
    }

    public record PaymentRow(UUID id, BigDecimal amount, LocalDate receivedOn, String reference, String recordedBy,
            java.time.Instant recordedAt) {
    }

    public Optional<Invoice> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from invoice where id = :id").param("id", id).query(this::map).optional();
    }

    Optional<Invoice> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from invoice where id = :id for update").param("id", id)
                .query(this::map).optional();
    }

    List<Invoice> list(String clientId, List<String> clientIds, InvoiceStatus status, UUID after, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from invoice
                where (cast(:client as text) is null or client_id = :client)
                  and (cast(:restricted as boolean) = false or client_id = any(:clients))
                  and (cast(:status as text) is null or status = :status)
                  and (cast(:after as uuid) is null
                       or (created_at, id) > (select created_at, id from invoice where id = :after))
                order by created_at, id limit :limit
                """).param("client", clientId).param("restricted", clientIds != null)
                .param("clients", clientIds == null ? new String[0] : clientIds.toArray(String[]::new))
                .param("status", status == null ? null : status.name()).param("after", after).param("limit", limit)
                .query(this::map).list();
    }

    /** Invoices still owed by the client, oldest due first (for statements). */
    public List<Invoice> open(String clientId) {
        return jdbc.sql("select " + COLUMNS + """
                 from invoice where client_id = :client and status in ('ISSUED','PARTIALLY_PAID','OVERDUE')
                order by due_on, number
                """).param("client", clientId).query(this::map).list();
    }

    void insert(Invoice i, List<LineRow> lines) {
        jdbc.sql("""
                insert into invoice (id, client_id, company_code, status, currency, payment_terms_days, net, tax, total,
                                     created_by)
                values (:id, :client, :company, :status, :currency, :terms, :net, :tax, :total, :createdBy)
                """).param("id", i.id()).param("client", i.clientId()).param("company", i.companyCode())
                .param("status", i.status().name()).param("currency", i.currency()).param("terms", i.paymentTermsDays())
                .param("net", i.net()).param("tax", i.tax()).param("total", i.total()).param("createdBy", i.createdBy())
                .update();
        for (LineRow l : lines) {
            jdbc.sql("""
                    insert into invoice_line (invoice_id, line_no, description, quantity, unit_price, tax_rate, net, tax)
                    values (:id, :no, :description, :quantity, :unitPrice, :taxRate, :net, :tax)
                    """).param("id", i.id()).param("no", l.lineNo()).param("description", l.description())
                    .param("quantity", l.quantity()).param("unitPrice", l.unitPrice()).param("taxRate", l.taxRate())
                    .param("net", l.net()).param("tax", l.tax()).update();
        }
    }

    List<LineRow> lines(UUID invoiceId) {
        return jdbc.sql("""
                select line_no, description, quantity, unit_price, tax_rate, net, tax from invoice_line
                where invoice_id = :id order by line_no
                """).param("id", invoiceId).query((rs, n) -> new LineRow(rs.getInt(1), rs.getString(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7))).list();
    }

    List<PaymentRow> payments(UUID invoiceId) {
        return jdbc.sql("""
                select id, amount, received_on, reference, recorded_by, recorded_at from payment
                where invoice_id = :id order by recorded_at, id
                """).param("id", invoiceId).query((rs, n) -> new PaymentRow(rs.getObject(1, UUID.class),
                        rs.getBigDecimal(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant())).list();
    }

    /**
     * Takes the next number of the company's series for the year. The counter row stays locked until the issuing
     * transaction ends, so concurrent issuers queue and a rollback hands the number back: no gap, no duplicate.
     */
    long takeNextNumber(String companyCode, int year) {
        jdbc.sql("""
                insert into invoice_counter (company_code, year, last_number) values (:company, :year, 0)
                on conflict (company_code, year) do nothing
                """).param("company", companyCode).param("year", year).update();
        Long last = jdbc.sql("""
                select last_number from invoice_counter where company_code = :company and year = :year for update
                """).param("company", companyCode).param("year", year).query(Long.class).single();
        long next = InvoiceNumberRule.next(last == 0 ? null : last);
        jdbc.sql("update invoice_counter set last_number = :next where company_code = :company and year = :year")
                .param("next", next).param("company", companyCode).param("year", year).update();
        return next;
    }

    void issue(UUID id, String number, LocalDate issuedOn, LocalDate dueOn) {
        jdbc.sql("""
                update invoice set number = :number, status = 'ISSUED', issued_on = :issuedOn, due_on = :dueOn,
                       updated_at = now() where id = :id
                """).param("number", number).param("issuedOn", issuedOn).param("dueOn", dueOn).param("id", id).update();
    }

    void voidInvoice(UUID id, String reason) {
        jdbc.sql("update invoice set status = 'VOID', void_reason = :reason, updated_at = now() where id = :id")
                .param("reason", reason).param("id", id).update();
    }

    void recordPayment(UUID invoiceId, PaymentRow p, BigDecimal paidAfter, InvoiceStatus statusAfter) {
        jdbc.sql("""
                insert into payment (id, invoice_id, amount, received_on, reference, recorded_by)
                values (:id, :invoice, :amount, :receivedOn, :reference, :recordedBy)
                """).param("id", p.id()).param("invoice", invoiceId).param("amount", p.amount())
                .param("receivedOn", p.receivedOn()).param("reference", p.reference())
                .param("recordedBy", p.recordedBy()).update();
        jdbc.sql("update invoice set paid = :paid, status = :status, updated_at = now() where id = :id")
                .param("paid", paidAfter).param("status", statusAfter.name()).param("id", invoiceId).update();
    }

    /** Issued invoices past their due date, locked; SKIP LOCKED leaves the ones being paid right now to the payer. */
    List<Invoice> lockDueBefore(LocalDate today) {
        return jdbc.sql("select " + COLUMNS + """
                 from invoice where status in ('ISSUED','PARTIALLY_PAID') and due_on < :today
                order by id for update skip locked
                """).param("today", today).query(this::map).list();
    }

    void markOverdue(UUID id) {
        jdbc.sql("update invoice set status = 'OVERDUE', updated_at = now() where id = :id").param("id", id).update();
    }

    /** True for the first caller of the day: the daily job runs once whatever the number of instances. */
    boolean claimJobRun(String job, LocalDate day) {
        return jdbc.sql("insert into job_run (job, run_date) values (:job, :day) on conflict do nothing")
                .param("job", job).param("day", day).update() == 1;
    }

    private Invoice map(ResultSet rs, int n) throws SQLException {
        return new Invoice(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("company_code"),
                rs.getString("number"), InvoiceStatus.valueOf(rs.getString("status")), rs.getString("currency"),
                rs.getInt("payment_terms_days"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getBigDecimal("net"), rs.getBigDecimal("tax"),
                rs.getBigDecimal("total"), rs.getBigDecimal("paid"), rs.getString("void_reason"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
