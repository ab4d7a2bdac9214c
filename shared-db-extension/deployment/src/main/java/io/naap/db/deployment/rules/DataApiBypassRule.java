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
 * NAAP-DB-011: a service's code reads and writes shared models only through the data API, never past it: not with
 * Panache's active-record or repository methods ({@code TrackerProject.listAll()}, {@code findById},
 * {@code persist()}), nor with the entity methods of the {@code EntityManager} or Hibernate's {@code Session}
 * ({@code find}, {@code createQuery}, {@code persist}, …). They skip the caller's team scoping and the client's
 * extensions. A native statement ({@code createNativeQuery}, Prisma's {@code $queryRaw}) stays possible: it names
 * its tables and is reviewed as SQL. Test classes may seed data any way they like.
 */
final class DataApiBypassRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-011";
    private static final DotName ENTITY = DotName.createSimple(Entity.class.getName());
    private static final Set<String> PANACHE_METHODS = Arrays.stream(PanacheEntityBase.class.getDeclaredMethods())
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PANACHE_TYPES = Set.of("io.quarkus.hibernate.orm.panache.Panache",
            "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase",
            "io.quarkus.hibernate.orm.panache.PanacheRepository");
    private static final Set<String> SESSION_TYPES = Set.of("jakarta.persistence.EntityManager",
            "org.hibernate.Session", "org.hibernate.SharedSessionContract", "org.hibernate.StatelessSession",
            "org.hibernate.engine.spi.SessionImplementor");
    /** What a session offers besides the entity API: native SQL and the session's own state. */
    private static final Set<String> SESSION_METHODS_ALLOWED = Set.of("createNativeQuery", "flush", "clear",
            "isOpen", "getProperties", "setProperty", "getFlushMode", "setFlushMode", "isJoinedToTransaction",
            "joinTransaction");
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
                String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
                boolean panache = PANACHE_TYPES.contains(owner)
                        || PANACHE_METHODS.contains(method) && isSharedModel(app, owner);
                boolean session = SESSION_TYPES.contains(owner) && !SESSION_METHODS_ALLOWED.contains(method);
                if (panache || session) {
                    bypasses.add(simpleOwner + "." + method + "()");
                }
            }
            if (!bypasses.isEmpty()) {
                violations.add(new Violation(CODE, type.getKey(), "reads or writes shared models past the data API ("
                        + String.join(", ", bypasses) + "), past the caller's team scoping", FIX));
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
