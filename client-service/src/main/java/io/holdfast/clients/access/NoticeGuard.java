package io.holdfast.clients.access;

import java.util.Map;
import java.util.Set;

import io.holdfast.clients.employee.Employee;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.RefusedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Notice mode: from {@code DepartureScheduled} until a cancellation the person may read their clients (capped)
 * and record ordinary touchpoints, and nothing else. Every other write under /api/clients — present and future,
 * since the rule is "refused unless listed" — answers 403 {@code IN_NOTICE}, audited and counted. A team lead in
 * notice is a person in notice: the same holds over their team.
 */
@Component
class NoticeGuard implements HandlerInterceptor {

    /** The writes a person in notice may still make, as "METHOD pattern". Everything else is refused. */
    static final Set<String> ALLOWED_IN_NOTICE = Set.of("POST /api/clients/{id}/touchpoints");

    private final EmployeeDirectory directory;
    private final AuditLog audit;
    private final MeterRegistry meters;

    NoticeGuard(EmployeeDirectory directory, AuditLog audit, MeterRegistry meters) {
        this.directory = directory;
        this.audit = audit;
        this.meters = meters;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return true;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String write = method + " " + pattern;
        if (pattern == null || ALLOWED_IN_NOTICE.contains(write)) {
            return true;
        }
        Actor actor = Actor.current();
        if (directory.statusOf(actor.userId()) != Employee.Status.NOTICE_GIVEN) {
            return true;
        }
        audit.record(actor.username(), "clients.write-refused-in-notice", "user", actor.userId(),
                Map.of("code", "IN_NOTICE", "write", write, "path", request.getRequestURI()));
        Counter.builder("holdfast.notice.refusals").description("Writes on client data refused to a person in notice")
                .tag("write", write).register(meters).increment();
        throw new RefusedException(HttpStatus.FORBIDDEN, "IN_NOTICE", "While you are serving notice you may read your "
                + "clients and record touchpoints; every other change to client data is made by your team lead or the owner");
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        private final NoticeGuard guard;

        Registration(NoticeGuard guard) {
            this.guard = guard;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(guard).addPathPatterns("/api/clients", "/api/clients/**");
        }
    }
}
