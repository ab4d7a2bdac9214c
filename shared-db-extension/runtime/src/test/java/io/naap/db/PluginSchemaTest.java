package io.naap.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PluginSchemaTest {

    @Test
    void theListHoldsPublicAndTheEightPluginSchemasOfTheSeed() {
        assertThat(PluginSchema.schemaNames()).containsExactly("public", "plugin_community", "plugin_wallet",
                "plugin_dashboard", "plugin_daydream", "plugin_service_gateway", "plugin_capacity",
                "plugin_developer_api", "plugin_tracker");
    }

    @Test
    void everyPluginSchemaFollowsTheNamingConventionAndHasPrefixes() {
        Arrays.stream(PluginSchema.values()).filter(s -> s != PluginSchema.PUBLIC).forEach(schema -> {
            assertThat(schema.schemaName()).matches("plugin_[a-z][a-z0-9_]*");
            assertThat(schema.modelPrefixes()).isNotEmpty().allMatch(p -> p.matches("[A-Z][A-Za-z]+"));
            assertThat(schema.pluginName()).isPresent();
        });
    }

    @Test
    void theTrackerPluginIsFoundByItsServiceNameAndItsSchema() {
        assertThat(PluginSchema.byPluginName("task-tracker")).contains(PluginSchema.TRACKER);
        assertThat(PluginSchema.bySchemaName("plugin_tracker")).contains(PluginSchema.TRACKER);
        assertThat(PluginSchema.byPluginName("unknown")).isEmpty();
    }
}
