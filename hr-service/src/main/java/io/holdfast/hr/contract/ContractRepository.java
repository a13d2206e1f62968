package io.holdfast.hr.contract;

import io.holdfast.contracts.hr.DocumentUseClause;
import io.holdfast.contracts.hr.EarlyDepartureClause;
import io.holdfast.contracts.hr.NonSolicitationClause;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ContractRepository {

    private final JdbcClient jdbc;

    ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EmploymentContract c, String recordedBy) {
        jdbc.sql("""
                insert into contract_version (id, contract_id, employee_id, contract_number, amendment, signed_on,
                    start_date, committed_term_end, currency, early_kind, early_fixed_amount, early_monthly_rate,
                    document_penalty, non_solicitation_months, non_solicitation_kind, non_solicitation_amount,
                    recorded_by)
                values (:id, :contractId, :employeeId, :number, :amendment, :signedOn, :startDate, :termEnd,
                    :currency, :earlyKind, :earlyFixed, :earlyRate, :docs, :nsMonths, :nsKind, :nsAmount,
                    :recordedBy)
                """)
                .param("id", c.versionId()).param("contractId", c.contractId()).param("employeeId", c.employeeId())
                .param("number", c.contractNumber()).param("amendment", c.amendment())
                .param("signedOn", c.signedOn()).param("startDate", c.startDate())
                .param("termEnd", c.committedTermEnd()).param("currency", c.currency())
                .param("earlyKind", c.earlyDeparture().kind().name())
                .param("earlyFixed", c.earlyDeparture().fixedAmount())
                .param("earlyRate", c.earlyDeparture().monthlyRate())
                .param("docs", c.documentUse().penaltyPerViolation())
                .param("nsMonths", c.nonSolicitation().months()).param("nsKind", c.nonSolicitation().kind().name())
                .param("nsAmount", c.nonSolicitation().amount()).param("recordedBy", recordedBy)
                .update();
    }

    List<EmploymentContract> forEmployee(UUID employeeId) {
        return jdbc.sql("""
                select * from contract_version where employee_id = :employeeId
                order by start_date, contract_number, amendment
                """).param("employeeId", employeeId).query(ContractRepository::map).list();
    }

    private static EmploymentContract map(ResultSet rs, int row) throws SQLException {
        return new EmploymentContract(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
                rs.getObject("employee_id", UUID.class), rs.getString("contract_number"), rs.getInt("amendment"),
                rs.getObject("signed_on", LocalDate.class), rs.getObject("start_date", LocalDate.class),
                rs.getObject("committed_term_end", LocalDate.class), rs.getString("currency"),
                new EarlyDepartureClause(EarlyDepartureClause.Kind.valueOf(rs.getString("early_kind")),
                        rs.getBigDecimal("early_fixed_amount"), rs.getBigDecimal("early_monthly_rate")),
                new DocumentUseClause(rs.getBigDecimal("document_penalty")),
                new NonSolicitationClause(rs.getInt("non_solicitation_months"),
                        NonSolicitationClause.Kind.valueOf(rs.getString("non_solicitation_kind")),
                        rs.getBigDecimal("non_solicitation_amount")));
    }
}
