package io.holdfast.kit.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Users whose tokens are refused before they expire: a departed employee's token issued before the departure
 * gets 401 at once. Kept in the service's database (so every instance and every restart agrees) and cached in
 * memory, refreshed every few seconds.
 */
public class TokenDenyList implements OAuth2TokenValidator<Jwt> {

    private static final Logger log = LoggerFactory.getLogger(TokenDenyList.class);
    private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token",
            "This account has been deactivated; its tokens are no longer accepted", null);

    private final JdbcClient jdbc;
    private final Map<String, Instant> denied = new ConcurrentHashMap<>();

    public TokenDenyList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses every token of {@code userId} issued before {@code deniedAt}; call inside the consumer's transaction. */
    public void deny(String userId, Instant deniedAt, String reason) {
        jdbc.sql("""
                insert into token_deny_list (user_id, denied_at, reason) values (:user, :at, :reason)
                on conflict (user_id) do update set denied_at = greatest(token_deny_list.denied_at, excluded.denied_at),
                    reason = excluded.reason
                """).param("user", userId).param("at", java.sql.Timestamp.from(deniedAt)).param("reason", reason).update();
        denied.merge(userId, deniedAt, (a, b) -> a.isAfter(b) ? a : b);
        log.info("Tokens of user {} issued before {} are refused from now on ({})", userId, deniedAt, reason);
    }

    public boolean isDenied(String userId, Instant issuedAt) {
        Instant deniedAt = denied.get(userId);
        return deniedAt != null && (issuedAt == null || !issuedAt.isAfter(deniedAt));
    }

    /** Reloads from the database, so that what another instance consumed is enforced here too. */
    public void refresh() {
        jdbc.sql("select user_id, denied_at from token_deny_list")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list()
                .forEach(e -> denied.merge(e.getKey(), e.getValue(), (a, b) -> a.isAfter(b) ? a : b));
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        return isDenied(token.getSubject(), token.getIssuedAt()) ? OAuth2TokenValidatorResult.failure(REVOKED)
                : OAuth2TokenValidatorResult.success();
    }
}
