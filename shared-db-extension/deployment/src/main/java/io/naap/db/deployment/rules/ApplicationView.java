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
 * @param serviceProperties the properties the service's own configuration files declare in every profile
 *        ({@code application.properties}, {@code application-<profile>.properties}, YAML,
 *        {@code META-INF/microprofile-config.properties}), profile prefixes removed
 * @param propertySources for each of those properties, the file that declares it
 * @param referencedTypes for each of the service's classes (dotted name), the classes its bytecode refers to
 * @param calledMethods for each of the service's classes (dotted name), the methods its bytecode calls, as
 *        {@code owner#name}
 */
public record ApplicationView(IndexView serviceClasses, IndexView allClasses, Set<String> serviceResources,
        Map<String, String> serviceProperties, Map<String, String> propertySources,
        Map<String, Set<String>> referencedTypes, Map<String, Set<String>> calledMethods) {

    /** {@code file: key}, the offender of a rule about a property. */
    public String property(String key) {
        return propertySources.getOrDefault(key, "application.properties") + ": " + key;
    }
}
