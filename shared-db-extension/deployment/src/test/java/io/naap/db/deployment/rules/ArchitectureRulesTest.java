package io.naap.db.deployment.rules;

import static io.naap.db.deployment.rules.Apps.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.rules.fixtures.Fixtures;

/** Each rule on its own, over imaginary services: the code, the offender and the fix of every violation. */
class ArchitectureRulesTest {

    @Test
    void theSharedModelAndACleanServiceBreakNoRule() {
        assertThat(ArchitectureRules.check(service(Fixtures.CleanResource.class))).isEmpty();
    }

    @Test
    void anEntityWithoutSchemaIsReported() {
        assertThat(new EntitySchemaRule().check(service(Fixtures.TrackerNote.class)))
                .extracting(Violation::code, Violation::offender)
                .containsExactly(tuple("NAAP-DB-001", Fixtures.TrackerNote.class.getName()));
        assertThat(new EntitySchemaRule().check(service(Fixtures.TrackerNote.class)).get(0).fix())
                .contains("@Table(schema = \"plugin_<name>\"").contains("plugin_tracker");
    }

    @Test
    void anEntityInASchemaOutsideTheListIsReported() {
        List<Violation> violations = new EntitySchemaRule().check(service(Fixtures.TrackerLegacy.class));

        assertThat(violations).extracting(Violation::code, Violation::offender)
                .containsExactly(tuple("NAAP-DB-002", Fixtures.TrackerLegacy.class.getName()));
        assertThat(violations.get(0).problem()).contains("plugin_legacy");
        assertThat(violations.get(0).fix()).contains("io.naap.db.PluginSchema");
    }

    @Test
    void enumsWithoutATypeInTheModelsSchemaAreReported() {
        List<Violation> violations = new EnumSchemaRule().check(service(Fixtures.TrackerLabel.class,
                Fixtures.Color.class, Fixtures.Mood.class, Fixtures.Size.class));

        assertThat(violations).extracting(Violation::code).containsOnly("NAAP-DB-003");
        assertThat(violations).extracting(Violation::offender).containsExactlyInAnyOrder(
                Fixtures.TrackerLabel.class.getName() + ".color",
                Fixtures.Color.class.getName(),
                Fixtures.TrackerLabel.class.getName() + ".mood");
        assertThat(violations).extracting(Violation::fix).contains(
                "annotate the field with @Enumerated(EnumType.STRING) and @JdbcTypeCode(SqlTypes.NAMED_ENUM)",
                "annotate the enum with @EnumSchema(\"plugin_tracker\")",
                "declare the enum in the model's schema: @EnumSchema(\"plugin_tracker\")");
    }

    @Test
    void aModelWithoutItsPluginsPrefixIsReported() {
        List<Violation> violations = new ModelPrefixRule().check(service(Fixtures.Milestone.class));

        assertThat(violations).extracting(Violation::code, Violation::offender)
                .containsExactly(tuple("NAAP-DB-004", Fixtures.Milestone.class.getName()));
        assertThat(violations.get(0).fix()).contains("TrackerMilestone");
    }

    @Test
    void twoEntitiesOnOneTableAreReported() {
        List<Violation> violations = new DuplicateTableRule().check(service(Fixtures.TrackerProjectView.class));

        assertThat(violations).extracting(Violation::code).containsExactly("NAAP-DB-005");
        assertThat(violations.get(0).offender()).contains(Fixtures.TrackerProjectView.class.getName())
                .contains("io.naap.db.model.tracker.TrackerProject");
        assertThat(violations.get(0).problem()).contains("plugin_tracker.TrackerProject");
    }

    @Test
    void aDatasourceOrPersistenceUnitOfTheServicesOwnIsReported() {
        ApplicationView app = service(Set.of("META-INF/persistence.xml"),
                Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://x/y",
                        "quarkus.datasource.\"reports\".db-kind", "postgresql",
                        "quarkus.hibernate-orm.packages", "io.acme",
                        "quarkus.hibernate-orm.log.sql", "true"),
                Fixtures.ReportJob.class);

        assertThat(new OwnDatasourceRule().check(app)).extracting(Violation::code, Violation::offender)
                .containsExactlyInAnyOrder(
                        tuple("NAAP-DB-006", "application.properties: quarkus.datasource.jdbc.url"),
                        tuple("NAAP-DB-006", "application.properties: quarkus.datasource.\"reports\".db-kind"),
                        tuple("NAAP-DB-006", "application.properties: quarkus.hibernate-orm.packages"),
                        tuple("NAAP-DB-006", "META-INF/persistence.xml"),
                        tuple("NAAP-DB-006", Fixtures.ReportJob.class.getName() + ".reports"));
    }

    @Test
    void entitiesOfTheServicesOwnAreReported() {
        assertThat(new ServiceEntitiesRule().check(service(Fixtures.Milestone.class)))
                .extracting(Violation::code, Violation::offender)
                .containsExactly(tuple("NAAP-DB-007", Fixtures.Milestone.class.getName()));
        assertThat(new ServiceEntitiesRule().check(service(Fixtures.CleanResource.class))).isEmpty();
    }

    @Test
    void migrationsOfTheServicesOwnAreReported() {
        ApplicationView app = service(Set.of("db/migration/V1__init.sql", "templates/page.html"),
                Map.of("quarkus.flyway.locations", "db/migration"), Fixtures.V2__AddColumn.class);

        assertThat(new ServiceMigrationsRule().check(app)).extracting(Violation::code, Violation::offender)
                .containsExactlyInAnyOrder(
                        tuple("NAAP-DB-008", "db/migration/V1__init.sql"),
                        tuple("NAAP-DB-008", "application.properties: quarkus.flyway.locations"),
                        tuple("NAAP-DB-008", Fixtures.V2__AddColumn.class.getName()));
    }

    @Test
    void connectionsOpenedByTheServiceItselfAreReported() {
        List<Violation> violations = new OwnConnectionsRule().check(service(Fixtures.RawJdbc.class,
                Fixtures.CleanResource.class));

        assertThat(violations).extracting(Violation::code, Violation::offender)
                .containsExactly(tuple("NAAP-DB-009", Fixtures.RawJdbc.class.getName()));
        assertThat(violations.get(0).problem()).contains("java.sql.DriverManager");
    }

    @Test
    void panacheCallsOnSharedModelsAreReportedWithTheClassAndTheFix() {
        List<Violation> violations = new DataApiBypassRule().check(service(Fixtures.PanacheLister.class,
                Fixtures.CleanResource.class));

        assertThat(violations).extracting(Violation::code, Violation::offender)
                .containsExactly(tuple("NAAP-DB-011", Fixtures.PanacheLister.class.getName()));
        assertThat(violations.get(0).problem()).contains("TrackerProject.listAll()", "TrackerTask.persist()");
        assertThat(violations.get(0).fix()).contains("DataClient");
    }

    @Test
    void entityManagerCallsOnSharedModelsAreReportedButNativeSqlIsNot() {
        List<Violation> violations = new DataApiBypassRule().check(service(Fixtures.EntityManagerReader.class,
                Fixtures.NativeSql.class));

        assertThat(violations).extracting(Violation::code, Violation::offender)
                .containsExactly(tuple("NAAP-DB-011", Fixtures.EntityManagerReader.class.getName()));
        assertThat(violations.get(0).problem()).contains("EntityManager.find()", "EntityManager.createQuery()");
    }

    @Test
    void pluginModelsThatDeclareNoOrAWrongOwnershipAreReportedAndTheSharedModelKeepsTheRule() {
        List<Violation> violations = new OwnershipDeclaredRule().check(service(Fixtures.TrackerLabel.class,
                Fixtures.TrackerBadlyOwned.class));

        assertThat(violations).extracting(Violation::code, Violation::offender).containsExactly(
                tuple("NAAP-DB-012", Fixtures.TrackerBadlyOwned.class.getName()),
                tuple("NAAP-DB-012", Fixtures.TrackerLabel.class.getName()));
        assertThat(violations.get(0).problem()).contains("\"team\"", "no text field");
        assertThat(violations.get(1).problem()).contains("declares no ownership");
        assertThat(violations.get(1).fix()).contains("@TeamOwned", "@UserOwned", "@Unowned");
    }

    @Test
    void aServiceNamedAfterNoPluginIsReportedWithTheFileThatNamesIt() {
        assertThat(new PluginNameRule().check(service(Set.of(), Map.of("quarkus.application.name", "task-tracker"))))
                .isEmpty();
        List<Violation> violations = new PluginNameRule().check(service(Set.of(),
                Map.of("quarkus.application.name", "task-tracker", "naap.plugin", "tasks")));

        assertThat(violations).extracting(Violation::code, Violation::offender)
                .containsExactly(tuple("NAAP-DB-013", "application.properties: naap.plugin"));
        assertThat(violations.get(0).problem()).contains("'tasks'", "task-tracker", "community");
    }

    @Test
    void aPrismaSchemaInTheServiceIsReported() {
        ApplicationView app = service(Set.of("prisma/schema.prisma", "static/index.html"), Map.of());

        assertThat(new PrismaLeftoversRule().check(app)).extracting(Violation::code, Violation::offender)
                .containsExactly(tuple("NAAP-DB-010", "prisma/schema.prisma"));
    }

    @Test
    void aServiceWithSeveralViolationsGetsAllOfThemInOneReport() {
        ApplicationView app = service(Set.of("db/migration/V1__init.sql"), Map.of("quarkus.datasource.username", "me"),
                Fixtures.TrackerNote.class, Fixtures.Milestone.class, Fixtures.RawJdbc.class);

        List<Violation> violations = ArchitectureRules.check(app);

        assertThat(violations).extracting(Violation::code).contains("NAAP-DB-001", "NAAP-DB-004", "NAAP-DB-006",
                "NAAP-DB-007", "NAAP-DB-008", "NAAP-DB-009");
        String report = ArchitectureRules.report(violations);
        assertThat(report).startsWith("The service breaks " + violations.size() + " shared-database architecture rules");
        violations.forEach(v -> assertThat(report).contains("[" + v.code() + "] " + v.offender()).contains(v.fix()));
    }
}
