package io.naap.tracker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.naap.db.error.PlatformException;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskPriority;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.naap.db.rest.ApiResponse;
import io.naap.db.rest.Caller;
import io.naap.db.rest.Inputs;
import io.naap.tracker.TaskRequests.CreateTaskRequest;
import io.naap.tracker.TaskRequests.UpdateTaskRequest;
import io.naap.tracker.TaskRequests.UpdateTaskStatusRequest;

/** The tasks of the caller's team's projects. Another team's tasks do not exist for the caller. */
@Path("/api/v1/task-tracker/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {

    private final Caller caller;

    TaskResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The team's tasks, most urgent first, then newest first; optionally of one project")
    public ApiResponse<List<TaskView>> list(
            @QueryParam("projectId") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String projectId,
            @QueryParam("status") @Parameter(description = "TODO, IN_PROGRESS, IN_REVIEW or DONE") String status,
            @QueryParam("assigneeId") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String assigneeId) {
        TrackerTaskStatus wantedStatus = Inputs.enumValue(TrackerTaskStatus.class, "status", status);
        String team = caller.teamId();
        List<String> conditions = new ArrayList<>(List.of("t.project.teamId = :team"));
        Map<String, Object> params = new HashMap<>(Map.of("team", team));
        if (projectId != null) {
            teamProject(projectId, team);
            conditions.add("t.projectId = :projectId");
            params.put("projectId", projectId);
        }
        if (wantedStatus != null) {
            conditions.add("t.status = :status");
            params.put("status", wantedStatus);
        }
        if (assigneeId != null) {
            conditions.add("t.assigneeId = :assigneeId");
            params.put("assigneeId", assigneeId);
        }
        // The priority type is declared LOW..URGENT, so descending puts URGENT first.
        String query = "from TrackerTask t where " + String.join(" and ", conditions)
                + " order by t.priority desc, t.createdAt desc, t.id";
        List<TrackerTask> tasks = TrackerTask.list(query, params);
        return ApiResponse.ok(tasks.stream().map(TaskView::of).toList());
    }

    @POST
    @Transactional
    @ResponseStatus(201)
    @Operation(summary = "Create a task in one of the team's projects")
    public ApiResponse<TaskView> create(@Valid @NotNull CreateTaskRequest body) {
        TrackerProject project = teamProject(body.projectId, caller.teamId());
        TrackerTask task = new TrackerTask();
        task.title = body.title;
        task.description = body.description;
        task.priority = body.priority != null ? body.priority : TrackerTaskPriority.MEDIUM;
        task.assigneeId = body.assigneeId;
        task.dueDate = body.dueDate;
        task.project = project;
        task.persist();
        return ApiResponse.ok(TaskView.of(task));
    }

    @PATCH
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change a task; assigneeId and dueDate may be set to null")
    public ApiResponse<TaskView> update(
            @PathParam("id") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String id,
            @Valid @NotNull UpdateTaskRequest body) {
        TrackerTask task = teamTask(id);
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
        TrackerTask.flush();
        return ApiResponse.ok(TaskView.of(task));
    }

    @PATCH
    @Path("{id}/status")
    @Transactional
    @Operation(summary = "Move a task to another status (Kanban drag)")
    public ApiResponse<TaskView> updateStatus(
            @PathParam("id") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String id,
            @Valid @NotNull UpdateTaskStatusRequest body) {
        TrackerTask task = teamTask(id);
        task.status = body.status;
        TrackerTask.flush();
        return ApiResponse.ok(TaskView.of(task));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Delete a task")
    public ApiResponse<Void> delete(
            @PathParam("id") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String id) {
        long deleted = TrackerTask.delete(
                "id = ?1 and projectId in (select p.id from TrackerProject p where p.teamId = ?2)", id, caller.teamId());
        if (deleted == 0) {
            throw PlatformException.notFound("TrackerTask");
        }
        return ApiResponse.ok();
    }

    private static TrackerProject teamProject(String projectId, String team) {
        return TrackerProject.<TrackerProject>find("id = ?1 and teamId = ?2", projectId, team)
                .firstResultOptional()
                .orElseThrow(() -> PlatformException.notFound("TrackerProject"));
    }

    private TrackerTask teamTask(String id) {
        return TrackerTask.<TrackerTask>find("id = ?1 and project.teamId = ?2", id, caller.teamId())
                .firstResultOptional()
                .orElseThrow(() -> PlatformException.notFound("TrackerTask"));
    }
}
