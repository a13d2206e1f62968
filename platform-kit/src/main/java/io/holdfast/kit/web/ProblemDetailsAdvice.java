package io.holdfast.kit.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error answers {@code application/problem+json} (RFC 9457) with the offending fields in {@code errors};
 * bad input never yields a 500 or a stack trace. An unexpected failure answers 500 with the trace id only.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE) // a service's own advice (ordered higher) handles its exceptions first
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ObjectProvider<Tracer> tracer;

    public ProblemDetailsAdvice(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), message(e))).toList();
        List<FieldProblem> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(e -> new FieldProblem(e.getObjectName(), e.getDefaultMessage())).toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are invalid",
                concat(errors, global), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some parameters are invalid", errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", tooLarge.getMessage(), null, request);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Unknown field '" + field + "'",
                    List.of(new FieldProblem(field, "is not a known field")), request);
        }
        if (cause instanceof InvalidFormatException outside && SaneRanges.OUT_OF_RANGE.equals(outside.getOriginalMessage())
                && !outside.getPath().isEmpty()) {
            String field = path(outside);
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Field '" + field + "' " + SaneRanges.OUT_OF_RANGE,
                    List.of(new FieldProblem(field, SaneRanges.OUT_OF_RANGE)), request);
        }
        if (cause instanceof DatabindException binding && !binding.getPath().isEmpty()) {
            String field = path(binding);
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Field '" + field + "' has a value of the wrong type or format",
                    List.of(new FieldProblem(field, "has a value of the wrong type or format")), request);
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The request body is missing or is not valid JSON", null, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        if (ex.getMostSpecificCause() instanceof SaneRanges.OutOfRange) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Parameter '" + ex.getName() + "' " + SaneRanges.OUT_OF_RANGE,
                    List.of(new FieldProblem(ex.getName(), SaneRanges.OUT_OF_RANGE)), request);
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Parameter '" + ex.getName() + "' has the wrong format",
                List.of(new FieldProblem(ex.getName(), "has the wrong format")), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are invalid", errors, request);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Object> badRequest(BadRequestException ex, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.field() + " " + ex.getMessage(),
                List.of(new FieldProblem(ex.field(), ex.getMessage())), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), null, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex, WebRequest request) {
        ResponseEntity<Object> response = problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage(), null, request);
        ((ProblemDetail) response.getBody()).setProperty("code", ex.code());
        return response;
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<Object> refused(RefusedException ex, WebRequest request) {
        ResponseEntity<Object> response = problem(ex.status(), "Refused", ex.getMessage(), null, request);
        ((ProblemDetail) response.getBody()).setProperty("code", ex.code());
        return response;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "Conflict", "This already exists", null, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this", null, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", description(request), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; quote the trace id to support", null, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            decorate(problem, request);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<FieldProblem> errors,
            WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        decorate(problem, request);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private void decorate(ProblemDetail problem, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && problem.getInstance() == null) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        Tracer t = tracer.getIfAvailable();
        Span span = t == null ? null : t.currentSpan();
        if (span != null) {
            problem.setProperty("traceId", span.context().traceId());
        }
    }

    private static String message(FieldError e) {
        return e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage();
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String description(WebRequest request) {
        return request.getDescription(false);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return b.isEmpty() ? a : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

}
