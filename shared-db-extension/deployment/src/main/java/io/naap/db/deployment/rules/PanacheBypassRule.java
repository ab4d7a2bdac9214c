package io.naap.db.deployment.rules;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * NAAP-DB-011: a service never reads or writes a shared model through Panache's active-record methods
 * ({@code TrackerProject.listAll()}, {@code findById}, {@code persist()}, …): they bypass the data API and with it
 * the caller's team scoping and the client's extensions.
 */
final class PanacheBypassRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-011";
    private static final DotName ENTITY = DotName.createSimple(Entity.class.getName());
    private static final Set<String> PANACHE_METHODS = Arrays.stream(PanacheEntityBase.class.getDeclaredMethods())
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());
    private static final String FIX = "read and write shared models through the injected DataClient, which is scoped "
            + "to the caller's team: db.model(<Model>.class).findMany(...), .create(...), .update(...)";

    @Override
    public List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> type : app.calledMethods().entrySet()) {
            Set<String> bypasses = new TreeSet<>();
            for (String called : type.getValue()) {
                String owner = called.substring(0, called.indexOf('#'));
                String method = called.substring(called.indexOf('#') + 1);
                if (PANACHE_METHODS.contains(method) && isSharedModel(app, owner)) {
                    bypasses.add(owner.substring(owner.lastIndexOf('.') + 1) + "." + method + "()");
                }
            }
            if (!bypasses.isEmpty()) {
                violations.add(new Violation(CODE, type.getKey(), "reads or writes shared models through Panache ("
                        + String.join(", ", bypasses) + "), past the team scoping of the data API", FIX));
            }
        }
        return violations;
    }

    private static boolean isSharedModel(ApplicationView app, String type) {
        DotName name = DotName.createSimple(type);
        ClassInfo model = app.allClasses().getClassByName(name);
        return model != null && model.hasDeclaredAnnotation(ENTITY) && app.serviceClasses().getClassByName(name) == null;
    }
}
