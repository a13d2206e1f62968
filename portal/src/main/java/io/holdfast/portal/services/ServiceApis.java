package io.holdfast.portal.services;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Calls the services' APIs with the signed-in user's own token (the {@code Authorization} header the gateway
 * relayed), so the portal can never show more than the APIs allow that person. Every call answers a {@link Panel}:
 * errors become problems a page can explain, never exceptions that take the whole page down.
 */
@Component
public class ServiceApis {

    private static final Logger log = LoggerFactory.getLogger(ServiceApis.class);
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    private final Map<Service, RestClient> clients = new EnumMap<>(Service.class);

    ServiceApis(@Value("${holdfast.portal.services.hr}") String hr,
                @Value("${holdfast.portal.services.clients}") String clientsUrl,
                @Value("${holdfast.portal.services.finance}") String finance,
                @Value("${holdfast.portal.services.notifications}") String notifications,
                @Value("${holdfast.portal.services.connect-timeout:2s}") Duration connectTimeout,
                @Value("${holdfast.portal.services.read-timeout:8s}") Duration readTimeout) {
        // plain HTTP/1.1 inside the platform: no h2c upgrade dance with each service's Tomcat
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        Map<Service, String> urls = Map.of(Service.HR, hr, Service.CLIENTS, clientsUrl, Service.FINANCE, finance,
                Service.NOTIFICATIONS, notifications);
        urls.forEach((service, url) -> clients.put(service, RestClient.builder()
                .baseUrl(url + service.prefix())
                .requestFactory(factory)
                .requestInitializer(request -> {
                    String authorization = currentAuthorization();
                    if (authorization != null) {
                        request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .build()));
    }

    /** GET a JSON object. */
    public Panel<Map<String, Object>> object(Service service, String uri, Object... variables) {
        return call(service, () -> clients.get(service).get().uri(uri, variables)
                .accept(MediaType.APPLICATION_JSON).retrieve().body(OBJECT));
    }

    /** GET a JSON array. */
    public Panel<List<Map<String, Object>>> list(Service service, String uri, Object... variables) {
        return call(service, () -> clients.get(service).get().uri(uri, variables)
                .accept(MediaType.APPLICATION_JSON).retrieve().body(LIST));
    }

    /** POST a JSON body, answering the JSON object the service returns. */
    public Panel<Map<String, Object>> post(Service service, Object body, String uri, Object... variables) {
        return call(service, () -> clients.get(service).post().uri(uri, variables)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(OBJECT));
    }

    /** PUT a JSON body, answering the JSON object the service returns. */
    public Panel<Map<String, Object>> put(Service service, Object body, String uri, Object... variables) {
        return call(service, () -> clients.get(service).put().uri(uri, variables)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(OBJECT));
    }

    /** POST a JSON body, answering a PDF document. */
    public Panel<byte[]> pdf(Service service, Object body, String uri, Object... variables) {
        return call(service, () -> clients.get(service).post().uri(uri, variables)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(byte[].class));
    }

    private <T> Panel<T> call(Service service, java.util.function.Supplier<T> request) {
        try {
            return Panel.of(request.get());
        } catch (RestClientResponseException e) {
            Panel.Kind kind = Panel.Kind.ofStatus(e.getStatusCode().value());
            String detail = kind == Panel.Kind.REJECTED ? ProblemText.detailOf(e.getResponseBodyAsString()) : null;
            log.info("{} answered {} for a portal page: {}", service.key(), e.getStatusCode().value(), kind);
            return Panel.failed(new Panel.Problem(kind, service.key(), detail));
        } catch (RestClientException e) {
            // connection refused, timeout, unreadable answer: the service is not usable right now
            log.warn("{} could not be reached for a portal page: {}", service.key(), e.getMessage());
            return Panel.failed(new Panel.Problem(Panel.Kind.UNAVAILABLE, service.key(), null));
        }
    }

    private static String currentAuthorization() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getHeader(HttpHeaders.AUTHORIZATION);
        }
        return null;
    }
}
