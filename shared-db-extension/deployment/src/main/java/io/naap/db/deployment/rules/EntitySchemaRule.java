package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.List;

import io.naap.db.PluginSchema;

/** NAAP-DB-001 / 002: every entity declares its schema, and it is one of {@link PluginSchema}. */
final class EntitySchemaRule implements ArchitectureRule {

    static final String NO_SCHEMA = "NAAP-DB-001";
    static final String UNKNOWN_SCHEMA = "NAAP-DB-002";

    @Override
    public List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (Entities.Entity entity : Entities.in(app.allClasses())) {
            if (entity.schema() == null) {
                violations.add(new Violation(NO_SCHEMA, entity.className(),
                        "the entity declares no schema, so it would land in the database user's default schema",
                        "annotate it with @Table(schema = \"plugin_<name>\", name = \"" + entity.modelName()
                                + "\") using one of " + PluginSchema.schemaNames()));
            } else if (PluginSchema.bySchemaName(entity.schema()).isEmpty()) {
                violations.add(new Violation(UNKNOWN_SCHEMA, entity.className(),
                        "schema '" + entity.schema() + "' is not a plugin schema",
                        "use one of " + PluginSchema.schemaNames()
                                + ", or add the plugin's schema to io.naap.db.PluginSchema"));
            }
        }
        return violations;
    }
}
