package io.naap.db.it;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.naap.db.data.DataClient;
import io.naap.db.data.FindArgs;
import io.naap.db.model.tracker.TrackerProject;

/** A test-only route written as a new plugin author would: it injects the DataClient and reads with no scoping of its own. */
@Path("/api/v1/task-tracker/_test/default-client")
@Produces(MediaType.APPLICATION_JSON)
public class DefaultClientProbeResource {

    static final String PROJECT_IDS = "/api/v1/task-tracker/_test/default-client";

    @Inject
    DataClient db;

    @GET
    public List<String> projectIds() {
        return db.model(TrackerProject.class).findMany(FindArgs.all()).stream().map(project -> project.id).toList();
    }
}
