package io.naap.tracker;

import java.util.List;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.naap.db.data.DataClient;
import io.naap.db.data.Filter;
import io.naap.db.data.FindArgs;
import io.naap.db.data.ModelDelegate;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.naap.db.rest.ApiResponse;
import io.naap.db.rest.Caller;
import io.naap.db.rest.Inputs;
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

    private final Caller caller;
    private final ModelDelegate<TrackerProject> projects;

    ProjectResource(Caller caller, DataClient db) {
        this.caller = caller;
        this.projects = db.model(TrackerProject.class);
    }

    @GET
    @Operation(summary = "The team's projects, newest first, each with its task and done counts")
    public ApiResponse<List<ProjectSummary>> list() {
        // Relation counts are not in the data API yet, so this one query stays JPQL. Correlated counts: each reads
        // the (projectId, status) index of one project, so the cost follows the team's size; a grouped join made
        // PostgreSQL hash-join the whole task table.
        List<Object[]> rows = TrackerProject.getEntityManager().createQuery("""
                select p,
                    (select count(t) from TrackerTask t where t.projectId = p.id),
                    (select count(t) from TrackerTask t where t.projectId = p.id and t.status = :done)
                from TrackerProject p
                where p.teamId = :team
                order by p.createdAt desc, p.id""", Object[].class)
                .setParameter("done", TrackerTaskStatus.DONE)
                .setParameter("team", caller.teamId())
                .getResultList();
        return ApiResponse.ok(rows.stream()
                .map(row -> ProjectSummary.of((TrackerProject) row[0], (Long) row[1], (Long) row[2]))
                .toList());
    }

    @POST
    @Transactional
    @ResponseStatus(201)
    @Operation(summary = "Create a project owned by the caller, in the caller's team")
    public ApiResponse<ProjectView> create(@Valid @NotNull CreateProjectRequest body) {
        TrackerProject project = new TrackerProject();
        project.name = body.name;
        project.description = body.description;
        project.ownerId = caller.userId();
        project.teamId = caller.teamId();
        return ApiResponse.ok(ProjectView.of(projects.create(project)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A project with its tasks, newest first")
    public ApiResponse<ProjectDetail> get(
            @PathParam("id") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String id) {
        return ApiResponse.ok(ProjectDetail.of(projects.findFirstOrThrow(
                FindArgs.where(teamProject(id)).include("tasks"))));
    }

    @PATCH
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change a project's name, description or status")
    public ApiResponse<ProjectView> update(
            @PathParam("id") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String id,
            @Valid @NotNull UpdateProjectRequest body) {
        TrackerProject project = projects.update(teamProject(id), p -> {
            if (body.name != null) {
                p.name = body.name;
            }
            if (body.description != null) {
                p.description = body.description;
            }
            if (body.status != null) {
                p.status = body.status;
            }
        });
        return ApiResponse.ok(ProjectView.of(project));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Delete a project and, with it, its tasks")
    public ApiResponse<Void> delete(
            @PathParam("id") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String id) {
        projects.delete(teamProject(id));
        return ApiResponse.ok();
    }

    /** The project {@code id} of the caller's team: another team's project does not exist for the caller. */
    private Filter teamProject(String id) {
        return Filter.eq("id", id).and(Filter.eq("teamId", caller.teamId()));
    }
}
