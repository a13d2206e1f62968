package io.holdfast.hr.contract;

import io.holdfast.hr.contract.ContractService.ContractTerms;
import io.holdfast.hr.employee.EmployeeService;
import io.holdfast.kit.security.Actor;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/hr/employees/{employeeId}/contracts")
public class ContractController {

    private final ContractService contracts;
    private final EmployeeService employees;

    ContractController(ContractService contracts, EmployeeService employees) {
        this.contracts = contracts;
        this.employees = employees;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('hr')")
    public EmploymentContract sign(@PathVariable UUID employeeId, @Valid @RequestBody ContractTerms body) {
        return contracts.sign(employeeId, body);
    }

    /** hr, owner and legal read every contract; an employee reads their own. */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public List<EmploymentContract> history(@PathVariable UUID employeeId) {
        employees.visibleTo(employeeId, Actor.current(), "owner", "hr", "legal");
        return contracts.history(employeeId);
    }
}
