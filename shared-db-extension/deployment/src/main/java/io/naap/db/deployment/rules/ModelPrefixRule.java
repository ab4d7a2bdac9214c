package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.naap.db.PluginSchema;

/** NAAP-DB-004: a plugin's model names carry one of its prefixes ({@code TrackerProject}), so they never collide. */
final class ModelPrefixRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-004";

    @Override
    public List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (Entities.Entity entity : Entities.in(app.allClasses())) {
            Optional<PluginSchema> schema = entity.schema() == null ? Optional.empty()
                    : PluginSchema.bySchemaName(entity.schema());
            if (schema.isEmpty() || schema.get().modelPrefixes().isEmpty()) {
                continue;
            }
            List<String> prefixes = schema.get().modelPrefixes();
            if (prefixes.stream().noneMatch(prefix -> hasPrefix(entity.modelName(), prefix))) {
                violations.add(new Violation(CODE, entity.className(),
                        "model name '" + entity.modelName() + "' in schema " + entity.schema()
                                + " does not start with its plugin's prefix " + prefixes,
                        "rename the model to " + prefixes.get(0) + entity.modelName()
                                + " (class name or @Entity(name)), and its table with it"));
            }
        }
        return violations;
    }

    /** {@code TrackerTask} has prefix {@code Tracker}; {@code Trackers} and {@code Tracker} alone do not. */
    private static boolean hasPrefix(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }
}
