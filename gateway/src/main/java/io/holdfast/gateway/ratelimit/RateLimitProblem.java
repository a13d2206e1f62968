package io.holdfast.gateway.ratelimit;

import java.util.HashMap;
import java.util.Map;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import io.holdfast.gateway.ProblemResponse;
import reactor.core.publisher.Mono;

/**
 * The gateway's rate limiter refuses with a bare 429; a caller gets the same {@code application/problem+json}
 * answer as from every other refusal, saying when to try again (the {@code Retry-After} the limiter set).
 */
@Component
class RateLimitProblem implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange.mutate().response(new ProblemOnRefusal(exchange.getResponse())).build());
    }

    /** Before the route's own filters, so that the limiter's refusal goes through the decorated response. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static final class ProblemOnRefusal extends ServerHttpResponseDecorator {

        ProblemOnRefusal(ServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public Mono<Void> setComplete() {
            if (!isCommitted() && HttpStatus.TOO_MANY_REQUESTS.equals(getStatusCode())) {
                String retryAfter = getHeaders().getFirst("Retry-After");
                Integer seconds = retryAfter != null && retryAfter.matches("\\d{1,9}") ? Integer.valueOf(retryAfter) : null;
                Map<String, Object> extra = new HashMap<>();
                extra.put("retryAfterSeconds", seconds);
                return ProblemResponse.write(this, HttpStatus.TOO_MANY_REQUESTS,
                        "https://holdfast.example.com/problems/rate-limited", "Too many requests",
                        "You are sending requests faster than your budget allows. Please try again in "
                                + (seconds == null ? "a moment" : seconds + " s") + ".", extra);
            }
            return super.setComplete();
        }
    }
}
