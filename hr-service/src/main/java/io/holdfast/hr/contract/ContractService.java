package io.holdfast.hr.contract;

import io.holdfast.contracts.hr.ContractSigned;
import io.holdfast.contracts.hr.DocumentUseClause;
import io.holdfast.contracts.hr.EarlyDepartureClause;
import io.holdfast.contracts.hr.NonSolicitationClause;
import io.holdfast.hr.employee.Employee;
import io.holdfast.hr.employee.EmployeeRepository;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ContractService {

    /**
     * A contract or an amendment: a contract number the employee already has makes it the next amendment of that
     * contract; a new number starts a new contract.
     */
    public record ContractTerms(
            @NotBlank @Size(max = 50) String contractNumber,
            @NotNull LocalDate signedOn,
            @NotNull LocalDate startDate,
            LocalDate committedTermEnd,
            @NotBlank String currency,
            @NotNull EarlyDepartureClause earlyDeparture,
            @NotNull DocumentUseClause documentUse,
            @NotNull NonSolicitationClause nonSolicitation) {
    }

    private final ContractRepository contracts;
    private final EmployeeRepository employees;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final ContractTermsRule rule = new ContractTermsRule();

    ContractService(ContractRepository contracts, EmployeeRepository employees, Outbox outbox, AuditLog audit,
            Clock clock) {
        this.contracts = contracts;
        this.employees = employees;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public EmploymentContract sign(UUID employeeId, ContractTerms terms) {
        Employee employee = employees.lock(employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        if (employee.status() == Employee.Status.DEPARTED) {
            throw new ConflictException("employee-departed", "The employee has departed; their contract is closed");
        }
        var violations = rule.check(terms.signedOn(), terms.startDate(), terms.committedTermEnd(), terms.currency(),
                terms.earlyDeparture(), terms.documentUse(), terms.nonSolicitation());
        if (!violations.isEmpty()) {
            throw new BadRequestException(violations.getFirst().field(), violations.getFirst().message());
        }
        List<EmploymentContract> sameNumber = contracts.forEmployee(employeeId).stream()
                .filter(c -> c.contractNumber().equals(terms.contractNumber())).toList();
        UUID contractId = sameNumber.isEmpty() ? UUID.randomUUID() : sameNumber.getFirst().contractId();
        int amendment = sameNumber.stream().mapToInt(EmploymentContract::amendment).max().orElse(-1) + 1;
        EmploymentContract contract = new EmploymentContract(UUID.randomUUID(), contractId, employeeId,
                terms.contractNumber(), amendment, terms.signedOn(), terms.startDate(), terms.committedTermEnd(),
                terms.currency(), terms.earlyDeparture(), terms.documentUse(), terms.nonSolicitation());
        contracts.insert(contract, Actor.current().userId());
        long version = employees.nextVersion(employeeId);
        outbox.publish(new ContractSigned(employeeId.toString(), version, employee.userId().toString(),
                contractId.toString(), contract.contractNumber(), amendment, contract.signedOn(),
                contract.startDate(), contract.committedTermEnd(), contract.currency(), contract.earlyDeparture(),
                contract.documentUse(), contract.nonSolicitation(), Instant.now(clock)));
        audit.record(amendment == 0 ? "contract.signed" : "contract.amended", "employee", employeeId,
                Map.of("contractNumber", contract.contractNumber(), "amendment", amendment));
        return contract;
    }

    public List<EmploymentContract> history(UUID employeeId) {
        return contracts.forEmployee(employeeId);
    }

    /** The contract version that judges a departure with this last working day. */
    public Optional<EmploymentContract> inForceOn(UUID employeeId, LocalDate day) {
        return rule.inForceOn(contracts.forEmployee(employeeId), day);
    }
}
