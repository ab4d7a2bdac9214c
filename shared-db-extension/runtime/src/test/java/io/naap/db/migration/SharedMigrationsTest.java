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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.naap.db.PluginSchema;
import io.naap.db.ScratchDatabase;

class SharedMigrationsTest {

    @Test
    void migratingAnEmptyDatabaseCreatesEverySchemaAndTheTrackerTables() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            MigrateResult result = SharedMigrations.flyway(db.dataSource()).migrate();

            assertThat(result.success).isTrue();
            assertThat(query(db, "SELECT nspname FROM pg_namespace"))
                    .containsAll(PluginSchema.schemaNames());
            assertThat(query(db, "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'plugin_tracker'"))
                    .containsExactlyInAnyOrder("plugin_tracker.TrackerProject", "plugin_tracker.TrackerTask");
            assertThat(query(db, "SELECT version FROM public.flyway_schema_history WHERE success"))
                    .contains("2026.11.22.1", "2026.11.23.1", "2026.12.01.1", "2026.12.01.2");
            assertThat(query(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'plugin_capacity'"))
                    .containsExactlyInAnyOrder("CapacityRequest", "CapacitySoftCommit", "CapacityRequestComment");
            assertThat(query(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                    .containsAll(IDENTITY_TABLES);
        }
    }

    @Test
    void migrationsBuildExactlyTheSchemaThatPrismaCreates() throws Exception {
        try (ScratchDatabase ours = ScratchDatabase.create(); ScratchDatabase prisma = ScratchDatabase.create()) {
            SharedMigrations.flyway(ours.dataSource()).migrate();
            prisma.execute(prismaDdl());

            assertThat(catalog(ours)).isEqualTo(catalog(prisma)).isNotEmpty();
        }
    }

    @Test
    void migratingADatabaseThatPrismaCreatedKeepsItsTablesAndData() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            db.execute(prismaDdl());
            db.execute("INSERT INTO plugin_tracker.\"TrackerProject\" (id, name, \"ownerId\", \"teamId\", \"updatedAt\")"
                    + " VALUES ('p1', 'Kept', 'u1', 't1', now())");
            db.execute("INSERT INTO public.\"User\" (id, email, \"updatedAt\") VALUES ('u1', 'kept@example.com', now())");
            db.execute("INSERT INTO plugin_capacity.\"CapacityRequest\" (id, \"requesterName\", \"requesterAccount\","
                    + " \"gpuModel\", vram, count, pipeline, \"startDate\", \"endDate\", \"validUntil\", \"hourlyRate\","
                    + " reason, \"updatedAt\") VALUES ('c1', 'Kept', '0x0', 'A100', 80, 1, 'llm', now(), now(), now(), 1.5,"
                    + " 'r', now())");
            List<String> before = catalog(db);

            MigrateResult result = SharedMigrations.flyway(db.dataSource()).migrate();

            assertThat(result.success).isTrue();
            assertThat(catalog(db)).isEqualTo(before);
            assertThat(query(db, "SELECT name FROM plugin_tracker.\"TrackerProject\"")).containsExactly("Kept");
            assertThat(query(db, "SELECT email FROM public.\"User\"")).containsExactly("kept@example.com");
            assertThat(query(db, "SELECT \"requesterName\" FROM plugin_capacity.\"CapacityRequest\"")).containsExactly("Kept");
        }
    }

    /** Without the migration lock, one round in two or three fails: several rounds make the race show. */
    @RepeatedTest(3)
    void servicesMigratingTheSameEmptyDatabaseAtOnceLeaveOneHistory() throws Exception {
        int services = 4;
        try (ScratchDatabase db = ScratchDatabase.create()) {
            ExecutorService pool = Executors.newFixedThreadPool(services);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MigrateResult>> results = new ArrayList<>();
            for (int i = 0; i < services; i++) {
                Callable<MigrateResult> migrate = () -> {
                    start.await();
                    return SharedMigrations.flyway(db.dataSource()).migrate();
                };
                results.add(pool.submit(migrate));
            }
            start.countDown();
            for (Future<MigrateResult> result : results) {
                assertThat(result.get().success).isTrue();
            }
            pool.shutdown();

            assertThat(query(db, "SELECT version FROM public.flyway_schema_history WHERE version IS NOT NULL"))
                    .containsExactlyInAnyOrderElementsOf(java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/naap")).map(f -> f.getFileName().toString().replaceAll("^V(.+?)__.*$", "$1")).toList());
            assertThat(query(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))
                    .as("no run leaves the migration lock held").containsExactly("0");
        }
    }

    @Test
    void migratingTwiceChangesNothing() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            SharedMigrations.flyway(db.dataSource()).migrate();
            List<String> before = catalog(db);

            MigrateResult again = SharedMigrations.flyway(db.dataSource()).migrate();

            assertThat(again.migrationsExecuted).isZero();
            assertThat(catalog(db)).isEqualTo(before);
        }
    }

    /** The public tables of the platform's identity, as the original platform's Prisma schema creates them. */
    private static final List<String> IDENTITY_TABLES = List.of("User", "Session", "Team", "TeamMember", "Role",
            "UserRole");

    /**
     * Columns, enum types, indexes and constraints of plugin_tracker, plugin_capacity and of the identity tables in public (public
     * holds tables of ours the original platform does not have, e.g. DeletedRecord), as sorted text.
     */
    private static List<String> catalog(ScratchDatabase db) throws SQLException {
        String tables = "(table_schema IN ('plugin_tracker', 'plugin_capacity') OR table_schema = 'public' AND table_name IN ("
                + IDENTITY_TABLES.stream().map(t -> "'" + t + "'").collect(java.util.stream.Collectors.joining(", "))
                + "))";
        List<String> rows = new ArrayList<>();
        rows.addAll(query(db, """
                SELECT 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || udt_schema
                       || '.' || udt_name || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '-')
                       || ' precision=' || coalesce(datetime_precision::text, '-')
                FROM information_schema.columns WHERE """ + tables));
        rows.addAll(query(db, """
                SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname IN ('plugin_tracker', 'plugin_capacity', 'public') GROUP BY t.typname"""));
        rows.addAll(query(db, "SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE "
                + tables.replace("table_schema", "schemaname").replace("table_name", "tablename")));
        rows.addAll(query(db, """
                SELECT 'constraint ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
                FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
                WHERE """ + tables.replace("table_schema", "n.nspname").replace("table_name", "r.relname")));
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

    /**
     * The original platform's DDL for plugin_tracker (shared/workload/schema.sql, minus psql-only lines), for
     * plugin_capacity (Prisma's DDL of naap-plugins.md §2.1) and for the
     * identity tables of public.
     */
    private static String prismaDdl() throws IOException {
        return resource("/prisma/plugin_tracker.sql") + "\n" + resource("/prisma/plugin_capacity.sql") + "\n"
                + resource("/prisma/public_identity.sql");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SharedMigrationsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
