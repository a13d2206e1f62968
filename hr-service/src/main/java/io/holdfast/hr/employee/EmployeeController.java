package io.holdfast.hr.employee;

import io.holdfast.hr.employee.EmployeeService.EmployeeData;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.PageLimit;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/hr/employees")
public class EmployeeController {

    private final EmployeeService service;

    EmployeeController(EmployeeService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('hr')")
    public Employee hire(@Valid @RequestBody EmployeeData body) {
        return service.hire(body);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('hr')")
    public Employee update(@PathVariable UUID id, @Valid @RequestBody EmployeeData body) {
        return service.update(id, body);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('owner','hr')")
    public List<Employee> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) Employee.Status status, @RequestParam(required = false) String team,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return service.search(q, status, team, after, PageLimit.of(limit));
    }

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    public Employee me() {
        return service.me(Actor.current());
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    public Employee get(@PathVariable UUID id) {
        return service.visibleTo(id, Actor.current());
    }
}
