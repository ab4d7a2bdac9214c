package io.naap.tracker;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.naap.db.data.DataClient;
import io.naap.db.data.Filter;
import io.naap.db.data.FindArgs;
import io.naap.db.data.ModelDelegate;
import io.naap.db.data.OrderBy;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerProject_;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskPriority;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.naap.db.model.tracker.TrackerTask_;
import io.naap.db.rest.ApiResponse;
import io.naap.db.rest.Uuid;
import io.naap.tracker.TaskRequests.CreateTaskRequest;
import io.naap.tracker.TaskRequests.UpdateTaskRequest;
import io.naap.tracker.TaskRequests.UpdateTaskStatusRequest;

/** The tasks of the caller's team's projects. Another team's tasks do not exist for the caller. */
@Path("/api/v1/task-tracker/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {

    private final ModelDelegate<TrackerProject> projects;
    private final ModelDelegate<TrackerTask> tasks;

    TaskResource(DataClient db) {
        this.projects = db.model(TrackerProject.class);
        this.tasks = db.model(TrackerTask.class);
    }

    @GET
    @Operation(summary = "The team's tasks, most urgent first, then newest first; optionally of one project")
    public ApiResponse<List<TaskView>> list(
            @QueryParam("projectId") @Uuid String projectId,
            @QueryParam("status") TrackerTaskStatus status,
            @QueryParam("assigneeId") @Uuid String assigneeId) {
        FindArgs args = FindArgs.all()
                // The priority type is declared LOW..URGENT, so descending puts URGENT first.
                .orderBy(OrderBy.desc(TrackerTask_.PRIORITY), OrderBy.desc(TrackerTask_.CREATED_AT),
                        OrderBy.asc(TrackerTask_.ID));
        if (projectId != null) {
            projects.findUniqueOrThrow(Filter.eq(TrackerProject_.ID, projectId));
            args = args.and(Filter.eq(TrackerTask_.PROJECT_ID, projectId));
        }
        if (status != null) {
            args = args.and(Filter.eq(TrackerTask_.STATUS, status));
        }
        if (assigneeId != null) {
            args = args.and(Filter.eq(TrackerTask_.ASSIGNEE_ID, assigneeId));
        }
        return ApiResponse.ok(tasks.findMany(args).stream().map(task -> TaskView.of(task, tasks)).toList());
    }

    @POST
    @Transactional
    @ResponseStatus(201)
    @Operation(summary = "Create a task in one of the team's projects")
    public ApiResponse<TaskView> create(@Valid @NotNull CreateTaskRequest body) {
        TrackerTask task = new TrackerTask();
        task.title = body.title;
        task.description = body.description;
        task.priority = body.priority != null ? body.priority : TrackerTaskPriority.MEDIUM;
        task.assigneeId = body.assigneeId;
        task.dueDate = body.dueDate;
        // Connected by id: the team scoping reads the project through the caller's team, or answers NOT_FOUND.
        task.project = projects.reference(body.projectId);
        return ApiResponse.ok(TaskView.of(tasks.create(task), tasks));
    }

    @PATCH
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change a task; assigneeId and dueDate may be set to null")
    public ApiResponse<TaskView> update(
            @PathParam("id") @Uuid String id,
            @Valid @NotNull UpdateTaskRequest body) {
        return ApiResponse.ok(TaskView.of(tasks.update(byId(id), task -> {
            if (body.title != null) {
                task.title = body.title;
            }
            if (body.description != null) {
                task.description = body.description;
            }
            if (body.status != null) {
                task.status = body.status;
            }
            if (body.priority != null) {
                task.priority = body.priority;
            }
            if (body.assigneeIdPresent()) {
                task.assigneeId = body.getAssigneeId();
            }
            if (body.dueDatePresent()) {
                task.dueDate = body.getDueDate();
            }
        }), tasks));
    }

    @PATCH
    @Path("{id}/status")
    @Transactional
    @Operation(summary = "Move a task to another status (Kanban drag)")
    public ApiResponse<TaskView> updateStatus(
            @PathParam("id") @Uuid String id,
            @Valid @NotNull UpdateTaskStatusRequest body) {
        return ApiResponse.ok(TaskView.of(tasks.update(byId(id), task -> task.status = body.status), tasks));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Delete a task")
    public ApiResponse<Void> delete(
            @PathParam("id") @Uuid String id) {
        tasks.delete(byId(id));
        return ApiResponse.ok();
    }

    private static Filter byId(String id) {
        return Filter.eq(TrackerTask_.ID, id);
    }
}
