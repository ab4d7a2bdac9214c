package io.naap.community;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test fixtures and checks straight in the database (through the shared persistence unit). */
@ApplicationScoped
class Db {

    private final EntityManager em;

    Db(EntityManager em) {
        this.em = em;
    }

    void execute(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            query.executeUpdate();
        });
    }

    /** The first column of the first row, as a long (counts, sums, integers). */
    long number(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            List<?> rows = query.getResultList();
            Object value = rows.get(0);
            return value == null ? 0L : ((Number) value).longValue();
        });
    }

    /** A profile's reputation. */
    long reputation(Member member) {
        return number("SELECT reputation FROM plugin_community.\"CommunityProfile\" WHERE \"userId\" = ?1", member.userId);
    }

    long level(Member member) {
        return number("SELECT level FROM plugin_community.\"CommunityProfile\" WHERE \"userId\" = ?1", member.userId);
    }

    /** The sum of a profile's ledger rows. */
    long ledgerSum(Member member) {
        return number("SELECT coalesce(sum(l.points), 0) FROM plugin_community.\"CommunityReputationLog\" l"
                + " JOIN plugin_community.\"CommunityProfile\" p ON p.id = l.\"profileId\" WHERE p.\"userId\" = ?1",
                member.userId);
    }

    long ledgerRows(Member member, String action) {
        return number("SELECT count(*) FROM plugin_community.\"CommunityReputationLog\" l"
                + " JOIN plugin_community.\"CommunityProfile\" p ON p.id = l.\"profileId\" WHERE p.\"userId\" = ?1"
                + " AND CAST(l.action AS text) = ?2", member.userId, action);
    }
}
