package io.holdfast.clients.access;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.holdfast.kit.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The one place where reads of client data are seen, so that no read endpoint can be forgotten: before the handler
 * the read cap of a person in notice is checked; after it, the clients the answer shows are recorded. Which
 * endpoints are reads is {@link ClientRead}'s table; the clients shown are the path's {@code id}, else the
 * {@code clientId} parameter, else the {@code clientId} (or {@code id}) of each item of the answer (the answer
 * itself when a list, else its {@code items} or {@code clients}).
 */
@ControllerAdvice
class ClientReadHook implements ResponseBodyAdvice<Object>, HandlerInterceptor {

    private final AccessWatch watch;

    ClientReadHook(AccessWatch watch) {
        this.watch = watch;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (read(request).isPresent()) {
            Actor actor = Actor.current();
            watch.refuseOverCap(actor.userId(), actor.username());
        }
        return true;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail || !(request instanceof ServletServerHttpRequest servlet)
                || !(response instanceof ServletServerHttpResponse out) || out.getServletResponse().getStatus() >= 300) {
            return body;
        }
        HttpServletRequest req = servlet.getServletRequest();
        read(req).ifPresent(what -> {
            List<UUID> shown = shown(req, body);
            if (!shown.isEmpty()) {
                Actor actor = Actor.current();
                watch.read(actor.userId(), actor.username(), what, shown);
            }
        });
        return body;
    }

    private static Optional<ClientRead> read(HttpServletRequest request) {
        return ClientRead.of(request.getMethod(), request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
    }

    @SuppressWarnings("unchecked")
    static List<UUID> shown(HttpServletRequest request, Object body) {
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String one = path != null && path.containsKey("id") ? path.get("id") : request.getParameter("clientId");
        if (one != null) {
            return List.of(UUID.fromString(one));
        }
        Object items = body instanceof Collection<?> ? body : component(body, "items");
        if (items == null) {
            items = component(body, "clients");
        }
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        if (items instanceof Collection<?> list) {
            for (Object item : list) {
                Object id = component(item, "clientId");
                if (id == null) {
                    id = component(item, "id");
                }
                if (id instanceof UUID uuid) {
                    ids.add(uuid);
                }
            }
        }
        return List.copyOf(ids);
    }

    private static Object component(Object value, String name) {
        if (value == null || !value.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    var accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    return accessor.invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + value.getClass(), e);
                }
            }
        }
        return null;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        private final ClientReadHook hook;

        Registration(ClientReadHook hook) {
            this.hook = hook;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(hook).addPathPatterns("/api/clients", "/api/clients/**");
        }
    }
}
