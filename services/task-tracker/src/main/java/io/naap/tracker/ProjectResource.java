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

import io.naap.db.error.PlatformException;
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

    ProjectResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The team's projects, newest first, each with its task and done counts")
    public ApiResponse<List<ProjectSummary>> list() {
        // Correlated counts: each reads the (projectId, status) index of one project, so the cost follows the
        // team's size; a grouped join made PostgreSQL hash-join the whole task table.
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
        project.persist();
        return ApiResponse.ok(ProjectView.of(project));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A project with its tasks, newest first")
    public ApiResponse<ProjectDetail> get(
            @PathParam("id") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String id) {
        TrackerProject project = TrackerProject.<TrackerProject>find(
                "from TrackerProject p left join fetch p.tasks where p.id = ?1 and p.teamId = ?2", id, caller.teamId())
                .singleResultOptional()
                .orElseThrow(() -> PlatformException.notFound("TrackerProject"));
        return ApiResponse.ok(ProjectDetail.of(project));
    }

    @PATCH
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change a project's name, description or status")
    public ApiResponse<ProjectView> update(
            @PathParam("id") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String id,
            @Valid @NotNull UpdateProjectRequest body) {
        TrackerProject project = teamProject(id);
        if (body.name != null) {
            project.name = body.name;
        }
        if (body.description != null) {
            project.description = body.description;
        }
        if (body.status != null) {
            project.status = body.status;
        }
        TrackerProject.flush();
        return ApiResponse.ok(ProjectView.of(project));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Delete a project and, with it, its tasks")
    public ApiResponse<Void> delete(
            @PathParam("id") @Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE) String id) {
        if (TrackerProject.delete("id = ?1 and teamId = ?2", id, caller.teamId()) == 0) {
            throw PlatformException.notFound("TrackerProject");
        }
        return ApiResponse.ok();
    }

    private TrackerProject teamProject(String id) {
        return TrackerProject.<TrackerProject>find("id = ?1 and teamId = ?2", id, caller.teamId())
                .firstResultOptional()
                .orElseThrow(() -> PlatformException.notFound("TrackerProject"));
    }
}
