package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** NAAP-DB-005: each table belongs to one entity. */
final class DuplicateTableRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-005";

    @Override
    public List<Violation> check(ApplicationView app) {
        Map<String, List<Entities.Entity>> byTable = new LinkedHashMap<>();
        for (Entities.Entity entity : Entities.in(app.allClasses())) {
            String table = (entity.schema() == null ? "<default schema>" : entity.schema()) + "." + entity.table();
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(entity);
        }
        List<Violation> violations = new ArrayList<>();
        byTable.forEach((table, entities) -> {
            if (entities.size() > 1) {
                List<String> names = entities.stream().map(Entities.Entity::className).toList();
                violations.add(new Violation(CODE, String.join(", ", names),
                        "these entities are all mapped to table " + table,
                        "keep one entity per table: remove or rename the duplicates"));
            }
        });
        return violations;
    }
}
