package io.naap.db.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.data.ModelSpec.Kind;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;

class ModelSpecTest {

    @Test
    void aModelsFieldsComeFromItsMappingInJsonOrder() {
        ModelSpec task = ModelSpec.of(TrackerTask.class);

        assertThat(task.name()).isEqualTo("TrackerTask");
        assertThat(task.fields()).extracting(FieldSpec::name).containsExactly("id", "createdAt", "updatedAt", "title",
                "description", "status", "priority", "assigneeId", "dueDate", "project", "projectId");
        assertThat(task.field("status").orElseThrow().kind()).isEqualTo(Kind.ENUM);
        assertThat(task.field("dueDate").orElseThrow().kind()).isEqualTo(Kind.DATE_TIME);
        assertThat(task.field("project").orElseThrow().kind()).isEqualTo(Kind.TO_ONE);
        assertThat(task.related("project")).isSameAs(ModelSpec.of(TrackerProject.class));
        assertThat(ModelSpec.of(TrackerProject.class).related("tasks")).isSameAs(task);
    }

    @Test
    void nullabilityAndServerOwnedFieldsFollowTheMapping() {
        ModelSpec task = ModelSpec.of(TrackerTask.class);

        assertThat(task.field("title").orElseThrow().nullable()).isFalse();
        assertThat(task.field("assigneeId").orElseThrow().nullable()).isTrue();
        assertThat(task.field("project").orElseThrow().nullable()).isFalse();
        assertThat(task.fields()).filteredOn(FieldSpec::writable).extracting(FieldSpec::name)
                .containsExactly("title", "description", "status", "priority", "assigneeId", "dueDate", "project");
        assertThat(task.field("id").orElseThrow().id()).isTrue();
    }
}
