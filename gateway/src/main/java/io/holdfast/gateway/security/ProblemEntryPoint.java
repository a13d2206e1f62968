package io.holdfast.gateway.security;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import io.holdfast.gateway.ProblemResponse;
import reactor.core.publisher.Mono;

/** API callers get a 401 problem answer instead of a redirect to a login page they cannot follow. */
final class ProblemEntryPoint implements ServerAuthenticationEntryPoint {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        ServerHttpResponse response = exchange.getResponse();
        response.getHeaders().set("WWW-Authenticate", "Bearer realm=\"holdfast\"");
        return ProblemResponse.write(response, HttpStatus.UNAUTHORIZED, "about:blank", "Unauthorized",
                "A valid access token or a signed-in session is required.",
                Map.of("instance", exchange.getRequest().getPath().value()));
    }
}
