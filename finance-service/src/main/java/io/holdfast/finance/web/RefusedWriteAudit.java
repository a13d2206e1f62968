package io.holdfast.finance.web;

import java.net.URI;
import java.util.Map;

import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A write refused for lack of role is itself a fact worth keeping: someone outside finance tried to touch money.
 * Answers the same 403 problem as the kit, after recording the attempt in the audit log.
 */
@RestControllerAdvice(basePackages = "io.holdfast.finance")
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusedWriteAudit {

    private final AuditLog audit;

    RefusedWriteAudit(AuditLog audit) {
        this.audit = audit;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> refused(AccessDeniedException ex, HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            Actor actor = Actor.current();
            audit.record(actor.username(), "write.refused", "endpoint", request.getMethod() + " " + request.getRequestURI(),
                    Map.of("userId", actor.userId(), "roles", String.join(",", actor.roles().stream().sorted().toList())));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this");
        problem.setTitle("Forbidden");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
