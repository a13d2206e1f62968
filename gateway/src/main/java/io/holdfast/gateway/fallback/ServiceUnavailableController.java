package io.holdfast.gateway.fallback;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a route's circuit breaker forwards when its service is down, slow or the breaker is open: a 503
 * problem answer that names the service, instead of a gateway stack trace or a hanging request.
 */
@RestController
class ServiceUnavailableController {

    private final Set<String> services;
    private final long retryAfterSeconds;

    ServiceUnavailableController(@Value("${holdfast.fallback.services}") Set<String> services,
                                 @Value("${holdfast.fallback.retry-after-seconds:10}") long retryAfterSeconds) {
        this.services = services;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service) {
        if (!services.contains(service)) {
            return ResponseEntity.notFound().build();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                service + " is not answering right now. Please try again in a moment.");
        problem.setTitle("Service unavailable");
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Long.toString(retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
