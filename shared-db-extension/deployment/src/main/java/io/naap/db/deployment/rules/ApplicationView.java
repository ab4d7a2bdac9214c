package io.naap.db.deployment.rules;

import java.util.Map;
import java.util.Set;

import org.jboss.jandex.IndexView;

/**
 * What the architecture rules see of a service being built.
 *
 * @param serviceClasses the service's own classes (not its dependencies)
 * @param allClasses the service's classes with the shared model and every indexed dependency
 * @param serviceResources paths of the service's own resources, relative and with {@code /} separators
 * @param serviceProperties the properties the service's own {@code application.properties} declares, profile
 *        prefixes removed
 * @param referencedTypes for each of the service's classes (dotted name), the classes its bytecode refers to
 */
public record ApplicationView(IndexView serviceClasses, IndexView allClasses, Set<String> serviceResources,
        Map<String, String> serviceProperties, Map<String, Set<String>> referencedTypes) {
}
