package io.holdfast.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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
import io.holdfast.portal.web.RealmRoles;

/**
 * The portal is a resource server: the gateway relays the signed-in user's access token, and the portal checks
 * signature, issuer, audience ({@code portal}) and expiry itself rather than trusting the network. It keeps no
 * session; CSRF is the gateway's job (it owns the cookie session), the pages only echo its token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class PortalSecurityConfiguration {

    @Bean
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(PortalSecurityConfiguration::realmRoles);
        roles.setPrincipalClaimName("sub");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // styles and scripts carry no data
                        .requestMatchers("/css/**", "/js/**", "/webjars/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(roles)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(Customizer.withDefaults())
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(@Value("${holdfast.security.jwk-set-uri}") String jwkSetUri,
                          @Value("${holdfast.security.issuers}") List<String> issuers,
                          @Value("${holdfast.security.audience}") String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        OAuth2TokenValidator<Jwt> trustedIssuer = jwt -> issuers.contains(String.valueOf(jwt.getIssuer()))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "The token was not issued by a trusted issuer", null));
        OAuth2TokenValidator<Jwt> forThePortal = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "The token is not meant for " + audience, null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), trustedIssuer,
                forThePortal));
        return decoder;
    }

    /** Keycloak realm roles ({@code realm_access.roles}) become {@code ROLE_<role>}, as in every service. */
    static Collection<GrantedAuthority> realmRoles(Jwt jwt) {
        return RealmRoles.of(jwt).stream()
                .map(name -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + name)).toList();
    }
}
