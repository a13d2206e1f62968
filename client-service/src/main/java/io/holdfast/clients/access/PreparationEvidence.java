package io.holdfast.clients.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.holdfast.clients.client.ContactEmailRule;
import io.holdfast.clients.access.PreparationSignal.Evidence;
import io.holdfast.clients.access.PreparationSignal.Reason;
import io.holdfast.clients.access.PreparationSignal.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One source of preparation evidence. Sources are beans, so a new one (contact history, say) is one more class;
 * each reads only what client-service already keeps.
 */
interface PreparationEvidence {

    Duration RECENT = Duration.ofDays(30);

    /** What this source found per person up to {@code now}. */
    List<Found> collect(Instant now, Settings settings);

    record Found(String userId, String username, Evidence evidence) {
    }

    /** The evidence of one person from a row with {@code user_id}, {@code username}, {@code first} and {@code last}. */
    private static Found found(ResultSet rs, Reason reason, int count, List<UUID> clients, String detail)
            throws SQLException {
        return new Found(rs.getString("user_id"), rs.getString("username"), new Evidence(reason, count, clients,
                rs.getTimestamp("first").toInstant(), rs.getTimestamp("last").toInstant(), detail));
    }

    /** The row's {@code clients} array. */
    private static List<UUID> uuids(ResultSet rs) throws SQLException {
        Array array = rs.getArray("clients");
        List<UUID> ids = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                if (o != null) {
                    ids.add(o instanceof UUID u ? u : UUID.fromString(o.toString()));
                }
            }
        }
        return ids;
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    /** Contact changes and removals, and contacts pointed at free mail, from the audit rows of the contact writes. */
    @Component
    class AuditedContactChanges implements PreparationEvidence {

        private final JdbcClient jdbc;

        AuditedContactChanges(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public List<Found> collect(Instant now, Settings s) {
            List<Found> found = new ArrayList<>();
            jdbc.sql("""
                    select e.user_id, e.username, count(*) as n, array_agg(distinct a.target_id) as clients,
                           min(a.at) as first, max(a.at) as last
                    from audit_log a join employee e on e.username = a.actor
                    where a.action in ('client.contact-changed', 'client.contact-removed', 'client.contact-archived')
                      and a.target_type = 'client' and a.at >= :since
                    group by e.user_id, e.username
                    """).param("since", ts(now.minus(RECENT))).query((rs, i) -> {
                int n = rs.getInt("n");
                if (PreparationSignal.contactChangesCount(n, s)) {
                    found.add(found(rs, Reason.CONTACTS_CHANGED, n, uuids(rs), n + " contacts changed or removed in 30 days"));
                }
                return null;
            }).list();
            jdbc.sql("""
                    select e.user_id, e.username, count(*) as n, array_agg(distinct a.target_id) as clients,
                           min(a.at) as first, max(a.at) as last
                    from audit_log a join employee e on e.username = a.actor
                    where a.action in ('client.contact-changed', 'client.contact-added', 'client.contact-email-refused')
                      and a.target_type = 'client'
                      and a.at >= :since and lower(split_part(cast(a.details as json) ->> 'email', '@', 2)) in (:domains)
                    group by e.user_id, e.username
                    """).param("since", ts(now.minus(RECENT))).param("domains", ContactEmailRule.freeMailDomains())
                    .query((rs, i) -> {
                        int n = rs.getInt("n");
                        if (PreparationSignal.freeMailCounts(n, s)) {
                            found.add(found(rs, Reason.CONTACTS_TO_FREE_MAIL, n, uuids(rs),
                                    n + " contacts set to a free-mail address in 30 days"));
                        }
                        return null;
                    }).list();
            return found;
        }
    }

    /** The share of company-level touches on the person's clients: the last 30 days against the 90 before. */
    @Component
    class CompanyTouchShare implements PreparationEvidence {

        private final JdbcClient jdbc;

        CompanyTouchShare(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public List<Found> collect(Instant now, Settings s) {
            Instant recent = now.minus(RECENT);
            List<Found> found = new ArrayList<>();
            jdbc.sql("""
                    select c.account_manager_user_id as user_id, e.username,
                           count(*) filter (where t.at < :recent) as earlier_all,
                           count(*) filter (where t.at < :recent and t.company_level) as earlier_company,
                           count(*) filter (where t.at >= :recent) as recent_all,
                           count(*) filter (where t.at >= :recent and t.company_level) as recent_company,
                           array_agg(distinct c.id) filter (where t.at >= :recent and not t.company_level) as clients,
                           min(t.at) filter (where t.at >= :recent) as first, max(t.at) as last
                    from touchpoint t join client c on c.id = t.client_id
                    left join employee e on e.user_id = c.account_manager_user_id
                    where t.at >= :earlier and t.at <= :now and c.status <> 'CHURNED'
                    group by c.account_manager_user_id, e.username
                    """).param("recent", ts(recent)).param("earlier", ts(recent.minus(Duration.ofDays(90))))
                    .param("now", ts(now)).query((rs, i) -> {
                        int ea = rs.getInt("earlier_all"), ec = rs.getInt("earlier_company");
                        int ra = rs.getInt("recent_all"), rc = rs.getInt("recent_company");
                        if (PreparationSignal.touchShareFalling(ea, ec, ra, rc, s)) {
                            found.add(found(rs, Reason.COMPANY_TOUCH_SHARE_FALLING, ra, uuids(rs),
                                    "company-level touches " + rc + " of " + ra + " in the last 30 days, " + ec + " of " + ea
                                            + " in the 90 days before"));
                        }
                        return null;
                    }).list();
            return found;
        }
    }

    /** Reads beyond the person's usual (this week against the four before) and exports near the daily limit. */
    @Component
    class ReadsAndExports implements PreparationEvidence {

        private final JdbcClient jdbc;
        private final int dailyLimit;

        ReadsAndExports(JdbcClient jdbc, @Value("${holdfast.clients.export.daily-row-limit:500}") int dailyLimit) {
            this.jdbc = jdbc;
            this.dailyLimit = dailyLimit;
        }

        @Override
        public List<Found> collect(Instant now, Settings s) {
            Instant week = now.minus(Duration.ofDays(7));
            List<Found> found = new ArrayList<>();
            jdbc.sql("""
                    select a.user_id, max(a.username) as username,
                           count(distinct c) filter (where a.at >= :week) as this_week,
                           count(distinct c) filter (where a.at < :week) / 4.0 as baseline,
                           array_agg(distinct c) filter (where a.at >= :week) as clients,
                           min(a.at) filter (where a.at >= :week) as first, max(a.at) as last
                    from client_access a, unnest(a.client_ids) c
                    where a.kind = 'READ' and a.at >= :from and a.at <= :now
                    group by a.user_id
                    """).param("week", ts(week)).param("from", ts(week.minus(Duration.ofDays(28)))).param("now", ts(now))
                    .query((rs, i) -> {
                        int thisWeek = rs.getInt("this_week");
                        double baseline = rs.getDouble("baseline");
                        if (PreparationSignal.readsAboveUsual(thisWeek, baseline, s)) {
                            found.add(found(rs, Reason.READS_ABOVE_USUAL, thisWeek, uuids(rs),
                                    thisWeek + " distinct clients read this week, usual "
                                            + String.format(java.util.Locale.ROOT, "%.1f", baseline) + " a week"));
                        }
                        return null;
                    }).list();
            jdbc.sql("""
                    select d.user_id, e.username, count(*) as days, min(d.first) as first, max(d.last) as last
                    from (select user_id, date_trunc('day', at at time zone 'UTC') as day, sum(rows) as rows,
                                 min(at) as first, max(at) as last
                          from export_run where at >= :since group by user_id, day) d
                    left join employee e on e.user_id = d.user_id
                    where d.rows >= :near
                    group by d.user_id, e.username
                    """).param("since", ts(now.minus(RECENT)))
                    .param("near", (int) Math.ceil(dailyLimit * s.exportNearLimitShare())).query((rs, i) -> {
                        int days = rs.getInt("days");
                        found.add(found(rs, Reason.EXPORTS_NEAR_LIMIT, days, List.of(), days + " days in 30 with exports of at least "
                                        + Math.round(s.exportNearLimitShare() * 100) + "% of the daily limit of " + dailyLimit));
                        return null;
                    }).list();
            return found;
        }
    }
}
