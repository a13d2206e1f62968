package io.holdfast.hr.penalty;

import io.holdfast.contracts.Money;
import io.holdfast.contracts.hr.PenaltyAdjusted;
import io.holdfast.contracts.hr.PenaltyAssessed;
import io.holdfast.hr.contract.EmploymentContract;
import io.holdfast.hr.employee.Employee;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PenaltyService {

    /** The owner waives a penalty or reduces it to {@code newAmount}, always with a reason. */
    public record Adjustment(@NotNull PenaltyAdjusted.Kind kind, BigDecimal newAmount,
            @NotBlank @Size(max = 2000) String reason) {
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final PenaltyCalculator calculator = new PenaltyCalculator();

    PenaltyService(JdbcClient jdbc, Outbox outbox, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the early-departure clause gives for this last working day, without recording anything. */
    public PenaltyCalculator.Assessment preview(EmploymentContract contract, LocalDate lastWorkingDay) {
        return calculator.earlyDeparture(contract.earlyDeparture(), contract.currency(), contract.committedTermEnd(),
                lastWorkingDay);
    }

    /**
     * Assesses the early-departure penalty at completion. Recorded even when nothing is owed, so the departure
     * shows why; PenaltyAssessed goes to finance only when there is an amount to book.
     */
    @Transactional
    public Penalty assessAtDeparture(UUID departureId, Employee employee, EmploymentContract contract,
            LocalDate lastWorkingDay) {
        return record(departureId, employee, contract, PenaltyAssessed.Clause.EARLY_DEPARTURE, List.of(),
                preview(contract, lastWorkingDay), "system");
    }

    /** Violations of the document-use clause established after the departure (by legal or the owner). */
    @Transactional
    public Penalty assessDocumentUse(UUID departureId, Employee employee, EmploymentContract contract,
            int violations, String established) {
        return record(departureId, employee, contract, PenaltyAssessed.Clause.DOCUMENT_USE,
                List.of("Established: " + established.strip().replace('\n', ' ')),
                calculator.documentUse(contract.documentUse(), contract.currency(), violations),
                Actor.current().username());
    }

    private Penalty record(UUID departureId, Employee employee, EmploymentContract contract,
            PenaltyAssessed.Clause clause, List<String> facts, PenaltyCalculator.Assessment assessment, String actor) {
        List<String> explanation = new ArrayList<>();
        explanation.add("Contract " + contract.contractNumber() + ", amendment " + contract.amendment()
                + " (in force since " + contract.startDate() + ").");
        explanation.addAll(facts);
        explanation.addAll(assessment.explanation());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into penalty (id, departure_id, employee_id, clause, contract_number, amendment, currency,
                    assessed_amount, amount, explanation, version)
                values (:id, :departureId, :employeeId, :clause, :number, :amendment, :currency, :amount, :amount,
                    :explanation, 1)
                """)
                .param("id", id).param("departureId", departureId).param("employeeId", employee.id())
                .param("clause", clause.name())
                .param("number", contract.contractNumber()).param("amendment", contract.amendment())
                .param("currency", contract.currency()).param("amount", assessment.amount())
                .param("explanation", String.join("\n", explanation))
                .update();
        Money amount = Money.of(assessment.amount(), contract.currency());
        if (assessment.amount().signum() > 0) {
            outbox.publish(new PenaltyAssessed(id.toString(), 1, employee.id().toString(),
                    employee.userId().toString(), employee.fullName(), departureId.toString(),
                    contract.contractNumber(), contract.amendment(), clause, amount, explanation,
                    Instant.now(clock)));
        }
        audit.record(actor, "penalty.assessed", "penalty", id, Map.of("departureId", departureId.toString(),
                "clause", clause.name(), "amount", amount.toString()));
        return find(id).orElseThrow();
    }

    @Transactional
    public Penalty adjust(UUID id, Adjustment adjustment) {
        Penalty penalty = jdbc.sql("select * from penalty where id = :id for update").param("id", id)
                .query(PenaltyService::map).optional().orElseThrow(() -> new NotFoundException("penalty", id));
        BigDecimal current = penalty.amount().amount();
        if (current.signum() == 0) {
            throw new ConflictException("nothing-owed", "Nothing is owed on this penalty; there is nothing to adjust");
        }
        BigDecimal newAmount = switch (adjustment.kind()) {
            case WAIVED -> {
                if (adjustment.newAmount() != null && adjustment.newAmount().signum() != 0) {
                    throw new BadRequestException("newAmount", "must be empty or 0 when the penalty is waived");
                }
                yield BigDecimal.ZERO.setScale(current.scale());
            }
            case REDUCED -> {
                BigDecimal requested = adjustment.newAmount();
                if (requested == null) {
                    throw new BadRequestException("newAmount", "is required to reduce a penalty");
                }
                if (requested.signum() <= 0 || requested.compareTo(current) >= 0) {
                    throw new BadRequestException("newAmount", "must be more than 0 and less than the amount owed ("
                            + current.toPlainString() + "); use WAIVED to drop it");
                }
                if (requested.stripTrailingZeros().scale() > current.scale()) {
                    throw new BadRequestException("newAmount", "must have at most " + current.scale() + " decimals");
                }
                yield requested.setScale(current.scale());
            }
        };
        long version = penalty.version() + 1;
        Actor actor = Actor.current();
        jdbc.sql("""
                update penalty set amount = :amount, adjustment_kind = :kind, adjustment_reason = :reason,
                    adjusted_by = :by, version = :version where id = :id
                """)
                .param("amount", newAmount).param("kind", adjustment.kind().name())
                .param("reason", adjustment.reason()).param("by", actor.userId()).param("version", version)
                .param("id", id).update();
        String currency = penalty.amount().currency();
        outbox.publish(new PenaltyAdjusted(id.toString(), version, penalty.employeeId().toString(), penalty.amount(),
                Money.of(newAmount, currency), adjustment.kind(), adjustment.reason(), actor.userId(),
                Instant.now(clock)));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", adjustment.kind().name());
        details.put("previousAmount", penalty.amount().toString());
        details.put("newAmount", Money.of(newAmount, currency).toString());
        details.put("reason", adjustment.reason());
        audit.record("penalty.adjusted", "penalty", id, details);
        return find(id).orElseThrow();
    }

    public Optional<Penalty> find(UUID id) {
        return jdbc.sql("select * from penalty where id = :id").param("id", id).query(PenaltyService::map).optional();
    }

    public List<Penalty> forDeparture(UUID departureId) {
        return jdbc.sql("select * from penalty where departure_id = :id order by assessed_at")
                .param("id", departureId).query(PenaltyService::map).list();
    }

    private static Penalty map(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        String kind = rs.getString("adjustment_kind");
        return new Penalty(rs.getObject("id", UUID.class), rs.getObject("departure_id", UUID.class),
                rs.getObject("employee_id", UUID.class), PenaltyAssessed.Clause.valueOf(rs.getString("clause")),
                rs.getString("contract_number"), rs.getInt("amendment"),
                Money.of(rs.getBigDecimal("assessed_amount"), currency), Money.of(rs.getBigDecimal("amount"), currency),
                Arrays.asList(rs.getString("explanation").split("\n")),
                kind == null ? null : PenaltyAdjusted.Kind.valueOf(kind), rs.getString("adjustment_reason"),
                rs.getString("adjusted_by"), rs.getLong("version"), rs.getTimestamp("assessed_at").toInstant());
    }
}
