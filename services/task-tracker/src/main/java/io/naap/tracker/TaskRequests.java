package io.naap.tracker;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import io.naap.db.model.tracker.TrackerTaskPriority;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.naap.db.rest.Inputs;
import io.naap.db.rest.Uuid;

/**
 * Request bodies of the task routes; a task's project is chosen at creation and never changed. Classes, not
 * records, for the reason given in {@link ProjectRequests}.
 */
final class TaskRequests {

    private TaskRequests() {
    }

    static final class CreateTaskRequest {
        @NotNull
        @Size(min = 1, max = 500)
        public String title;

        @JsonSetter(nulls = Nulls.FAIL)
        @Size(max = Inputs.MAX_TEXT)
        public String description;

        /** MEDIUM when absent. */
        @JsonSetter(nulls = Nulls.FAIL)
        public TrackerTaskPriority priority;

        @JsonSetter(nulls = Nulls.FAIL)
        @Uuid
        public String assigneeId;

        @JsonSetter(nulls = Nulls.FAIL)
        public Instant dueDate;

        @NotNull
        @Uuid
        public String projectId;
    }

    /**
     * Every field optional. {@code assigneeId} and {@code dueDate} may be set to null to clear them, so their
     * presence is tracked; the other fields may not be null.
     */
    static final class UpdateTaskRequest {
        @JsonSetter(nulls = Nulls.FAIL)
        @Size(min = 1, max = 500)
        public String title;

        @JsonSetter(nulls = Nulls.FAIL)
        @Size(max = Inputs.MAX_TEXT)
        public String description;

        @JsonSetter(nulls = Nulls.FAIL)
        public TrackerTaskStatus status;

        @JsonSetter(nulls = Nulls.FAIL)
        public TrackerTaskPriority priority;

        @Uuid
        private String assigneeId;
        private boolean assigneeIdPresent;

        private Instant dueDate;
        private boolean dueDatePresent;

        public String getAssigneeId() {
            return assigneeId;
        }

        public void setAssigneeId(String assigneeId) {
            this.assigneeId = assigneeId;
            this.assigneeIdPresent = true;
        }

        public Instant getDueDate() {
            return dueDate;
        }

        public void setDueDate(Instant dueDate) {
            this.dueDate = dueDate;
            this.dueDatePresent = true;
        }

        boolean assigneeIdPresent() {
            return assigneeIdPresent;
        }

        boolean dueDatePresent() {
            return dueDatePresent;
        }
    }

    static final class UpdateTaskStatusRequest {
        @NotNull
        public TrackerTaskStatus status;
    }
}
