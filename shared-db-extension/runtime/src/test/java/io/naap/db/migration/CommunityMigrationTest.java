package io.naap.db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import io.naap.db.ScratchDatabase;

/** The plugin_community migration against the original platform's Prisma DDL for the schema. */
class CommunityMigrationTest {

    /** What the migration adds to Prisma's DDL on purpose: the search index (the original has none). */
    private static final String SEARCH_INDEX = "index CommunityPost_search_idx CREATE INDEX \"CommunityPost_search_idx\""
            + " ON plugin_community.\"CommunityPost\" USING gin (to_tsvector('simple'::regconfig, ((title || ' '::text)"
            + " || content)))";

    /** And the index of the post list's order (pinned, newest). */
    private static final String LIST_INDEX = "index CommunityPost_isPinned_createdAt_idx CREATE INDEX"
            + " \"CommunityPost_isPinned_createdAt_idx\" ON plugin_community.\"CommunityPost\" USING btree"
            + " (\"isPinned\" DESC, \"createdAt\" DESC, id)";

    @Test
    void theMigratedSchemaIsPrismasPlusTheSearchAndListIndexes() throws Exception {
        try (ScratchDatabase ours = ScratchDatabase.create(); ScratchDatabase prisma = ScratchDatabase.create()) {
            SharedMigrations.flyway(ours.dataSource()).migrate();
            prisma.execute(prismaDdl());

            List<String> expected = new ArrayList<>(catalog(prisma));
            expected.add(SEARCH_INDEX);
            expected.add(LIST_INDEX);
            expected.sort(null);
            assertThat(expected).hasSizeGreaterThan(100);
            assertThat(catalog(ours)).isEqualTo(expected);
        }
    }

    @Test
    void theProfileIsDeletedWithItsUserAcrossSchemasAndItsPostsWithIt() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            SharedMigrations.flyway(db.dataSource()).migrate();
            db.execute("""
                    INSERT INTO public."User" (id, email, "updatedAt") VALUES ('u1', 'u1@example.com', now());
                    INSERT INTO plugin_community."CommunityProfile" (id, "userId", "updatedAt") VALUES ('p1', 'u1', now());
                    INSERT INTO plugin_community."CommunityPost" (id, "authorId", title, content, "updatedAt")
                        VALUES ('post1', 'p1', 'T', 'C', now());
                    INSERT INTO plugin_community."CommunityTag" (id, name, slug) VALUES ('t1', 'Go', 'go');
                    INSERT INTO plugin_community."CommunityPostTag" (id, "postId", "tagId") VALUES ('pt1', 'post1', 't1');
                    """);
            assertThat(query(db, "SELECT \"usageCount\"::text FROM plugin_community.\"CommunityTag\"")).containsExactly("1");

            db.execute("DELETE FROM public.\"User\" WHERE id = 'u1'");

            assertThat(query(db, "SELECT id FROM plugin_community.\"CommunityProfile\"")).isEmpty();
            assertThat(query(db, "SELECT id FROM plugin_community.\"CommunityPost\"")).isEmpty();
            assertThat(query(db, "SELECT \"usageCount\"::text FROM plugin_community.\"CommunityTag\"")).containsExactly("0");
        }
    }

    @Test
    void theFiveBadgesAreSeededOnceAndOverAPrismaDatabase() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            db.execute(prismaDdl());
            db.execute("INSERT INTO plugin_community.\"CommunityBadge\" (id, name, slug, description, icon, criteria)"
                    + " VALUES ('own', 'Helpful', 'helpful', 'kept', 'i', 'c')");

            MigrateResult result = SharedMigrations.flyway(db.dataSource()).migrate();
            SharedMigrations.flyway(db.dataSource()).migrate();

            assertThat(result.success).isTrue();
            assertThat(query(db, "SELECT slug FROM plugin_community.\"CommunityBadge\" ORDER BY slug"))
                    .containsExactly("first-post", "helpful", "popular", "problem-solver", "top-contributor");
            assertThat(query(db, "SELECT description FROM plugin_community.\"CommunityBadge\" WHERE slug = 'helpful'"))
                    .containsExactly("kept");
        }
    }

    /** Columns, enum types, indexes and constraints of plugin_community, as sorted text. */
    private static List<String> catalog(ScratchDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(query(db, """
                SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_schema || '.' || udt_name
                       || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '-')
                       || ' precision=' || coalesce(datetime_precision::text, '-')
                FROM information_schema.columns WHERE table_schema = 'plugin_community'"""));
        rows.addAll(query(db, """
                SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname = 'plugin_community' GROUP BY t.typname"""));
        rows.addAll(query(db, "SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes"
                + " WHERE schemaname = 'plugin_community'"));
        rows.addAll(query(db, """
                SELECT 'constraint ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
                FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
                WHERE n.nspname = 'plugin_community'"""));
        rows.sort(null);
        return rows;
    }

    private static List<String> query(ScratchDatabase db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The identity tables (for the foreign key into public."User") and the original DDL of plugin_community. */
    private static String prismaDdl() throws IOException {
        return resource("/prisma/public_identity.sql") + "\n" + resource("/prisma/plugin_community.sql");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CommunityMigrationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
