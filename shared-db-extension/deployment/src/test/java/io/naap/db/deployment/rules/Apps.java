package io.naap.db.deployment.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexView;

import io.naap.db.model.support.EnumSchema;
import io.naap.db.model.support.UuidModel;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerProjectStatus;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskPriority;
import io.naap.db.model.tracker.TrackerTaskStatus;

/** Builds the view of an imaginary service: its classes beside the shared model, its resources and properties. */
final class Apps {

    private static final Class<?>[] SHARED_MODEL = { TrackerProject.class, TrackerTask.class, UuidModel.class,
            TrackerProjectStatus.class, TrackerTaskPriority.class, TrackerTaskStatus.class, EnumSchema.class };

    private Apps() {
    }

    static ApplicationView service(Class<?>... serviceClasses) {
        return service(Set.of(), Map.of(), serviceClasses);
    }

    static ApplicationView service(Set<String> resources, Map<String, String> properties, Class<?>... serviceClasses) {
        try {
            IndexView service = Index.of(serviceClasses);
            IndexView all = CompositeIndex.create(service, Index.of(SHARED_MODEL));
            Map<String, Set<String>> references = new TreeMap<>();
            Map<String, Set<String>> calls = new TreeMap<>();
            for (Class<?> type : serviceClasses) {
                references.put(type.getName(), ClassReferences.of(bytes(type)));
                calls.put(type.getName(), ClassReferences.methodsCalled(bytes(type)));
            }
            return new ApplicationView(service, all, resources, properties, Map.of(), references, calls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> codes(List<Violation> violations) {
        return new ArrayList<>(violations.stream().map(Violation::code).toList());
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        try (InputStream in = type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }
}
