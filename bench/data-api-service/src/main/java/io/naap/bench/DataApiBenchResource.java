package io.naap.bench;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.naap.bench.baseline.OrmBaseline;
import io.naap.db.data.DataClient;
import io.naap.db.data.Filter;
import io.naap.db.data.FindArgs;
import io.naap.db.data.ModelDelegate;
import io.naap.db.data.OrderBy;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;

/**
 * The same two queries twice: through the data API and through plain Panache ({@link OrmBaseline}). Both return the
 * record count, so JSON serialisation does not blur the comparison.
 */
@Path("/api/v1/bench")
@Produces(MediaType.TEXT_PLAIN)
public class DataApiBenchResource {

    private final ModelDelegate<TrackerProject> projects;
    private final ModelDelegate<TrackerTask> tasks;

    DataApiBenchResource(DataClient db) {
        this.projects = db.model(TrackerProject.class);
        this.tasks = db.model(TrackerTask.class);
    }

    @GET
    @Path("api/find-unique/{team}/{id}")
    public String apiFindUnique(@PathParam("team") String team, @PathParam("id") String id) {
        return projects.findUniqueOrThrow(Filter.eq("id", id).and(Filter.eq("teamId", team))).name;
    }

    @GET
    @Path("panache/find-unique/{team}/{id}")
    public String panacheFindUnique(@PathParam("team") String team, @PathParam("id") String id) {
        return OrmBaseline.project(team, id).name;
    }

    @GET
    @Path("api/find-many/{team}/{project}")
    public String apiFindMany(@PathParam("team") String team, @PathParam("project") String project) {
        List<TrackerTask> found = tasks.findMany(FindArgs.where(Filter.eq("projectId", project)
                .and(Filter.is("project", Filter.eq("teamId", team))))
                .orderBy(OrderBy.desc("priority"), OrderBy.desc("createdAt")));
        return Integer.toString(found.size());
    }

    @GET
    @Path("panache/find-many/{team}/{project}")
    public String panacheFindMany(@PathParam("team") String team, @PathParam("project") String project) {
        return Integer.toString(OrmBaseline.tasks(team, project).size());
    }
}
