package io.holdfast.gateway.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Spring Security reads a form's body to find its {@code _csrf} field; the body can be read only once, so without
 * this the gateway forwarded the portal a POST announcing a body it never sent, and the portal waited until the
 * route timed out. The parsed form (kept by the exchange) is encoded again as the forwarded body.
 */
final class FormBodyRestorer implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return chain.filter(exchange);
        }
        return exchange.getFormData().flatMap(form -> {
            byte[] body = encode(form).getBytes(StandardCharsets.UTF_8);
            ServerHttpRequest request = new ServerHttpRequestDecorator(exchange.getRequest()) {
                @Override
                public HttpHeaders getHeaders() {
                    HttpHeaders headers = new HttpHeaders();
                    headers.putAll(super.getHeaders());
                    headers.setContentLength(body.length);
                    return headers;
                }

                @Override
                public Flux<DataBuffer> getBody() {
                    return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
                }
            };
            return chain.filter(exchange.mutate().request(request).build());
        });
    }

    static String encode(MultiValueMap<String, String> form) {
        return form.entrySet().stream()
                .flatMap(e -> (e.getValue().isEmpty() ? List.of("") : e.getValue()).stream().map(v -> Map.entry(e.getKey(), v)))
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
