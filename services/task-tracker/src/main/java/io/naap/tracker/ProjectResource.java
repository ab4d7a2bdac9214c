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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.naap.db.data.DataClient;
import io.naap.db.data.Filter;
import io.naap.db.data.FindArgs;
import io.naap.db.data.ModelDelegate;
import io.naap.db.data.extensions.InteractiveTransactions;
import io.naap.db.data.extensions.Tx;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerProject_;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.rest.ApiResponse;
import io.naap.db.rest.Uuid;
import io.naap.tracker.ProjectRequests.CreateProjectRequest;
import io.naap.tracker.ProjectRequests.UpdateProjectRequest;
import io.naap.tracker.ProjectViews.ProjectDetail;
import io.naap.tracker.ProjectViews.ProjectSummary;
import io.naap.tracker.ProjectViews.ProjectView;

/** The projects of the caller's team. Another team's projects do not exist for the caller. */
@Path("/api/v1/task-tracker/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectResource {

    private final DataClient db;
    private final ModelDelegate<TrackerProject> projects;
    private final ModelDelegate<TrackerTask> tasks;

    ProjectResource(DataClient db) {
        this.db = db;
        this.projects = this.db.model(TrackerProject.class);
        this.tasks = this.db.model(TrackerTask.class);
    }

    @GET
    @Operation(summary = "The team's projects, newest first, each with its task and done counts")
    public ApiResponse<List<ProjectSummary>> list() {
        return ApiResponse.ok(projects.call(TrackerClient.SUMMARIES, null));
    }

    @POST
    @Transactional
    @ResponseStatus(201)
    @Operation(summary = "Create a project owned by the caller, in the caller's team")
    public ApiResponse<ProjectView> create(@Valid @NotNull CreateProjectRequest body) {
        TrackerProject project = new TrackerProject();
        project.name = body.name;
        project.description = body.description;
        return ApiResponse.ok(ProjectView.of(projects.create(project)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A project with its tasks, newest first")
    public ApiResponse<ProjectDetail> get(
            @PathParam("id") @Uuid String id) {
        return ApiResponse.ok(ProjectDetail.of(
                projects.findUniqueOrThrow(FindArgs.where(byId(id)).include(TrackerProject_.TASKS)), tasks));
    }

    @PATCH
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change a project's name, description or status")
    public ApiResponse<ProjectView> update(
            @PathParam("id") @Uuid String id,
            @Valid @NotNull UpdateProjectRequest body) {
        return ApiResponse.ok(ProjectView.of(projects.update(byId(id), project -> {
            if (body.name != null) {
                project.name = body.name;
            }
            if (body.description != null) {
                project.description = body.description;
            }
            if (body.status != null) {
                project.status = body.status;
            }
        })));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a project and, with it, its tasks")
    public ApiResponse<Void> delete(
            @PathParam("id") @Uuid String id) {
        try (Tx tx = db.call(InteractiveTransactions.BEGIN)) {
            tx.model(TrackerProject.class).delete(byId(id));
            tx.commit();
        }
        return ApiResponse.ok();
    }

    private static Filter byId(String id) {
        return Filter.eq(TrackerProject_.ID, id);
    }
}
