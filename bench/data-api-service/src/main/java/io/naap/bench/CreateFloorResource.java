package io.naap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import io.agroal.api.AgroalDataSource;
import io.naap.bench.baseline.OrmBaseline;
import io.naap.db.data.DataClient;
import io.naap.db.data.ModelDelegate;
import io.naap.db.error.PlatformException;
import io.naap.db.model.support.UuidModel;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskPriority;
import io.naap.db.model.tracker.TrackerTaskStatus;

/**
 * The tracker's create-task request served four ways by one process, each layer on top of the one before: no
 * database ({@code echo}), the same statements over JDBC ({@code jdbc}), Hibernate ORM in a JTA transaction
 * ({@code orm}, {@link OrmBaseline}) and the data API ({@code api}, as the tracker's route). The CPU each request
 * costs per layer is the stack's floor under the data API: what no change to the data API can remove.
 */
@Path("/api/v1/bench/create")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreateFloorResource {

    /** The body of the tracker's {@code POST /tasks}, with its size rules. */
    public record TaskInput(@NotNull @Size(min = 1, max = 500) String title, @Size(max = 10_000) String description,
            TrackerTaskPriority priority, @Size(max = 200) String assigneeId, Instant dueDate,
            @NotNull @Size(max = 64) String projectId) {
    }

    /** The task as the tracker returns it. */
    public record TaskOutput(String id, String title, String description, TrackerTaskStatus status,
            TrackerTaskPriority priority, String assigneeId, Instant dueDate, String projectId, Instant createdAt,
            Instant updatedAt) {

        static TaskOutput of(TrackerTask task) {
            return new TaskOutput(task.id, task.title, task.description, task.status, task.priority,
                    task.assigneeId, task.dueDate, task.projectId, task.createdAt, task.updatedAt);
        }
    }

    private static final String PROJECT_OF_TEAM =
            "select 1 from plugin_tracker.\"TrackerProject\" where id = ? and \"teamId\" = ?";
    private static final String INSERT = "insert into plugin_tracker.\"TrackerTask\" (id, title, description, status,"
            + " priority, \"assigneeId\", \"dueDate\", \"projectId\", \"createdAt\", \"updatedAt\") values"
            + " (?, ?, ?, 'TODO'::plugin_tracker.\"TrackerTaskStatus\", ?::plugin_tracker.\"TrackerTaskPriority\","
            + " ?, ?, ?, ?, ?)";

    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;
    private final ModelDelegate<TrackerProject> projects;
    private final ModelDelegate<TrackerTask> tasks;

    CreateFloorResource(AgroalDataSource dataSource, EntityManager entityManager, DataClient db) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.projects = db.model(TrackerProject.class);
        this.tasks = db.model(TrackerTask.class);
    }

    @POST
    @Path("echo")
    @ResponseStatus(201)
    public TaskOutput echo(@Valid @NotNull TaskInput body) {
        Instant now = UuidModel.now();
        return new TaskOutput(UUID.randomUUID().toString(), body.title(), body.description(), TrackerTaskStatus.TODO,
                priority(body), body.assigneeId(), body.dueDate(), body.projectId(), now, now);
    }

    @POST
    @Path("jdbc")
    @ResponseStatus(201)
    public TaskOutput jdbc(@Valid @NotNull TaskInput body, @HeaderParam("x-team-id") String team)
            throws SQLException {
        Instant now = UuidModel.now();
        TaskOutput task = new TaskOutput(UUID.randomUUID().toString(), body.title(), body.description(),
                TrackerTaskStatus.TODO, priority(body), body.assigneeId(), body.dueDate(), body.projectId(), now, now);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement check = connection.prepareStatement(PROJECT_OF_TEAM)) {
                check.setString(1, body.projectId());
                check.setString(2, team);
                try (ResultSet found = check.executeQuery()) {
                    if (!found.next()) {
                        connection.rollback();
                        throw PlatformException.notFound("TrackerProject");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, task.id());
                insert.setString(2, task.title());
                insert.setString(3, task.description());
                insert.setString(4, task.priority().name());
                insert.setString(5, task.assigneeId());
                insert.setTimestamp(6, task.dueDate() == null ? null : Timestamp.from(task.dueDate()));
                insert.setString(7, task.projectId());
                insert.setTimestamp(8, Timestamp.from(now));
                insert.setTimestamp(9, Timestamp.from(now));
                insert.executeUpdate();
            }
            connection.commit();
        }
        return task;
    }

    @POST
    @Path("orm")
    @Transactional
    @ResponseStatus(201)
    public TaskOutput orm(@Valid @NotNull TaskInput body, @HeaderParam("x-team-id") String team) {
        TrackerTask task = task(body);
        task.project = OrmBaseline.reference(entityManager, body.projectId());
        return TaskOutput.of(OrmBaseline.create(entityManager, team, body.projectId(), task));
    }

    @POST
    @Path("api")
    @Transactional
    @ResponseStatus(201)
    public TaskOutput api(@Valid @NotNull TaskInput body) {
        TrackerTask task = task(body);
        task.project = projects.reference(body.projectId());
        return TaskOutput.of(tasks.create(task));
    }

    private static TrackerTask task(TaskInput body) {
        TrackerTask task = new TrackerTask();
        task.title = body.title();
        task.description = body.description();
        task.priority = priority(body);
        task.assigneeId = body.assigneeId();
        task.dueDate = body.dueDate();
        return task;
    }

    private static TrackerTaskPriority priority(TaskInput body) {
        return body.priority() != null ? body.priority() : TrackerTaskPriority.MEDIUM;
    }
}
