package io.holdfast.kit.security;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.holdfast.kit.inbox.Inbox;
import io.holdfast.kit.web.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server: it checks signature, issuer, audience and expiry, refuses the
 * tokens of departed employees, maps Keycloak realm roles to authorities, and denies by default: a request
 * needs a valid token, and each endpoint states the roles it allows ({@code @PreAuthorize}, checked by the
 * structure tests).
 */
@AutoConfiguration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityKitAutoConfiguration {

    @Bean
    TokenDenyList tokenDenyList(JdbcClient jdbc) {
        return new TokenDenyList(jdbc);
    }

    @Bean
    DenyListListener denyListListener(Inbox inbox, TokenDenyList denyList) {
        return new DenyListListener(inbox, denyList);
    }

    @Bean
    SmartLifecycle denyListRefresher(TokenDenyList denyList, Environment env) {
        Duration every = env.getProperty("holdfast.security.deny-list-refresh", Duration.class, Duration.ofSeconds(5));
        return new SmartLifecycle() {
            private ScheduledExecutorService scheduler;

            @Override
            public void start() {
                denyList.refresh();
                scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("deny-list").daemon().factory());
                scheduler.scheduleWithFixedDelay(() -> {
                    try {
                        denyList.refresh();
                    } catch (RuntimeException e) {
                        org.slf4j.LoggerFactory.getLogger(TokenDenyList.class).warn("Deny-list refresh failed: {}", e.toString());
                    }
                }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                if (scheduler != null) {
                    scheduler.shutdownNow();
                }
            }

            @Override
            public boolean isRunning() {
                return scheduler != null && !scheduler.isShutdown();
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(Environment env, TokenDenyList denyList) {
        String publicKey = env.getProperty("holdfast.security.public-key");
        NimbusJwtDecoder decoder = publicKey != null && !publicKey.isBlank()
                ? NimbusJwtDecoder.withPublicKey(parsePublicKey(publicKey)).build()
                : NimbusJwtDecoder.withJwkSetUri(env.getRequiredProperty("holdfast.security.jwk-set-uri")).build();
        List<String> issuers = List.of(env.getRequiredProperty("holdfast.security.issuers", String[].class));
        String audience = env.getRequiredProperty("holdfast.security.audience");
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(Duration.ofSeconds(30)));
        validators.add(claimIn("iss", issuers, "The token was not issued by a trusted issuer"));
        validators.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not meant for " + audience, null)));
        validators.add(denyList);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> claimIn(String claim, List<String> allowed, String message) {
        return jwt -> allowed.contains(jwt.getClaimAsString(claim)) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", message, null));
    }

    static RSAPublicKey parsePublicKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("holdfast.security.public-key is not an RSA public key", e);
        }
    }

    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoleConverter());
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain holdfastSecurityFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
            JsonMapper jsonMapper) throws Exception {
        ProblemResponses problems = new ProblemResponses(jsonMapper);
        http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED,
                                "Authentication required", ex.getMessage()))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN,
                                "Forbidden", "Your role does not allow this")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED,
                                "Authentication required", "Send a valid bearer token"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN,
                                "Forbidden", "Your role does not allow this")));
        return http.build();
    }
}
