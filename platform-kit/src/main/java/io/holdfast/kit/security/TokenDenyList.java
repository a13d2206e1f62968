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
 * Users whose tokens are refused: a departed employee gets 401 at once and keeps getting it, whatever the token's
 * {@code iat} — a token obtained in the seconds between the departure and Keycloak's deprovisioning, or one a
 * failing deprovisioning still lets Keycloak issue or refresh, is refused like an old one — until hr hires the
 * person again. Kept in the service's database (so every instance and every restart agrees) and cached in memory,
 * refreshed every few seconds.
 */
public class TokenDenyList implements OAuth2TokenValidator<Jwt> {

    private static final Logger log = LoggerFactory.getLogger(TokenDenyList.class);
    private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token",
            "This account has been deactivated; its tokens are no longer accepted", null);

    private final JdbcClient jdbc;
    /** User id → when the refusal (if present in the value) or its lifting (absent) was last decided. */
    private final Map<String, Decision> decisions = new ConcurrentHashMap<>();

    private record Decision(boolean denied, Instant at) {
        Decision later(Decision other) {
            return other.at.isAfter(at) ? other : this;
        }
    }

    public TokenDenyList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses every token of {@code userId} from now on; call inside the consumer's transaction. */
    public void deny(String userId, Instant deniedAt, String reason) {
        jdbc.sql("""
                insert into token_deny_list (user_id, denied_at, reason) values (:user, :at, :reason)
                on conflict (user_id) do update set denied_at = greatest(token_deny_list.denied_at, excluded.denied_at),
                    reason = excluded.reason,
                    lifted_at = case when token_deny_list.lifted_at > excluded.denied_at then token_deny_list.lifted_at end
                """).param("user", userId).param("at", java.sql.Timestamp.from(deniedAt)).param("reason", reason).update();
        decisions.merge(userId, new Decision(true, deniedAt), Decision::later);
        log.info("Tokens of user {} are refused from {} on ({})", userId, deniedAt, reason);
    }

    /** hr hired the person again: their tokens are accepted once more, unless a later departure denied them. */
    public void lift(String userId, Instant liftedAt) {
        int rows = jdbc.sql("update token_deny_list set lifted_at = :at where user_id = :user and denied_at < :at")
                .param("user", userId).param("at", java.sql.Timestamp.from(liftedAt)).update();
        if (rows > 0) {
            decisions.merge(userId, new Decision(false, liftedAt), Decision::later);
            log.info("Tokens of user {} are accepted again from {} on (hired again)", userId, liftedAt);
        }
    }

    public boolean isDenied(String userId) {
        Decision d = decisions.get(userId);
        return d != null && d.denied;
    }

    /** Reloads from the database, so that what another instance consumed is enforced here too. */
    public void refresh() {
        jdbc.sql("select user_id, denied_at, lifted_at from token_deny_list")
                .query((rs, n) -> {
                    java.sql.Timestamp lifted = rs.getTimestamp(3);
                    return Map.entry(rs.getString(1), lifted == null ? new Decision(true, rs.getTimestamp(2).toInstant())
                            : new Decision(false, lifted.toInstant()));
                })
                .list()
                .forEach(e -> decisions.merge(e.getKey(), e.getValue(), Decision::later));
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        return isDenied(token.getSubject()) ? OAuth2TokenValidatorResult.failure(REVOKED)
                : OAuth2TokenValidatorResult.success();
    }
}
