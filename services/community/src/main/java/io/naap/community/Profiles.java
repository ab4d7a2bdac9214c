package io.naap.community;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.naap.db.error.PlatformException;
import io.naap.db.rest.Caller;

/** The caller's community profile, created on the user's first write. */
@ApplicationScoped
class Profiles {

    /** The caller's profile id and ban. */
    record Profile(String id, boolean banned) {

        /** Refuses a banned profile's write. */
        Profile notBanned(String message) {
            if (banned) {
                throw PlatformException.forbidden(message);
            }
            return this;
        }
    }

    private static final String FIND = "SELECT id, \"isBanned\" FROM " + Sql.PROFILE + " WHERE \"userId\" = :user";

    private final Sql sql;
    private final Caller caller;

    Profiles(Sql sql, Caller caller) {
        this.sql = sql;
        this.caller = caller;
    }

    /** The authenticated caller's profile (401 when anonymous), created with the defaults when the user has none. */
    Profile mine() {
        String user = caller.userId();
        Profile found = find(user);
        if (found != null) {
            return found;
        }
        // A concurrent first write of the same user inserts nothing here and the second read sees its profile.
        sql.update("INSERT INTO " + Sql.PROFILE + " (id, \"userId\", \"updatedAt\") VALUES (:id, :user, " + Sql.NOW
                + ") ON CONFLICT (\"userId\") DO NOTHING", Map.of("id", Sql.newId(), "user", user));
        return find(user);
    }

    boolean isAdmin() {
        return caller.hasRole("community:admin") || caller.hasRole("system:admin");
    }

    /** 401 for an anonymous caller, 403 for one without an admin role. */
    void requireAdmin() {
        caller.userId();
        if (!isAdmin()) {
            throw PlatformException.forbidden("Admin permission required");
        }
    }

    private Profile find(String user) {
        List<Object> rows = sql.rows(FIND, Map.of("user", user));
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Profile((String) row[0], (Boolean) row[1]);
    }
}
