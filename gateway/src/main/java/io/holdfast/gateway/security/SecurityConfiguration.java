package io.holdfast.gateway.security;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Two kinds of callers. API clients send {@code Authorization: Bearer}: they are checked as a resource server,
 * statelessly and without CSRF, and the header passes through unchanged. Browsers log in with Keycloak
 * (authorization code + PKCE) and hold only a session cookie; their token stays here and {@code TokenRelay}
 * adds it to routed requests. Cookie sessions are CSRF-protected with a cookie the portal's forms can read.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info"};

    @Bean
    @Order(1)
    SecurityWebFilterChain apiClients(ServerHttpSecurity http, ReactiveJwtDecoder bearerTokenDecoder,
                                      OidcProperties oidc) {
        ProblemEntryPoint problem = new ProblemEntryPoint();
        return http.securityMatcher(new BearerRequests())
                .authorizeExchange(exchanges -> exchanges.pathMatchers(PUBLIC).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtDecoder(bearerTokenDecoder))
                        .authenticationEntryPoint(problem))
                .exceptionHandling(e -> e.authenticationEntryPoint(problem))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .headers(headers -> securityHeaders(headers, oidc))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browsers(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
                                    OidcProperties oidc) {
        OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");

        // pages send the browser to Keycloak; API paths answer 401 so that scripts and htmx see the truth
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(new PathPatternParserServerWebExchangeMatcher("/api/**"), new ProblemEntryPoint()));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(
                "/oauth2/authorization/" + KeycloakClientConfiguration.REGISTRATION_ID));

        return http
                .authorizeExchange(exchanges -> exchanges.pathMatchers(PUBLIC).permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(Customizer.withDefaults())
                .oauth2Client(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessHandler(endKeycloakSession))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                // the raw token is in a readable cookie; forms echo it in _csrf, htmx in X-XSRF-TOKEN
                .csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
                .addFilterAfter(csrfCookie(), SecurityWebFiltersOrder.CSRF)
                .addFilterAfter(new FormBodyRestorer(), SecurityWebFiltersOrder.CSRF)
                .headers(headers -> securityHeaders(headers, oidc))
                .build();
    }

    /** The CSRF token is deferred; subscribing to it makes sure the cookie is written on every page. */
    private static WebFilter csrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }

    private static void securityHeaders(ServerHttpSecurity.HeaderSpec headers, OidcProperties oidc) {
        // Chrome applies form-action to the redirect after POST /logout, which goes to Keycloak
        String keycloak = origin(oidc.issuer());
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                                + "form-action 'self' " + keycloak + "; frame-ancestors 'none'"))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.mode(Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
