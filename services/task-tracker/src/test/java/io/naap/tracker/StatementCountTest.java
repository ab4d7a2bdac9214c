package io.naap.tracker;

import static io.naap.tracker.Team.PROJECTS;
import static io.naap.tracker.Team.TASKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The statements each route of the shared workload sends, whatever the number of projects and tasks: (a) the
 * team's projects with their counts, (b) a project with its tasks, (c) a task created in a project, (d) a task's
 * status changed. Counted by Hibernate (prepared statements; BEGIN and COMMIT are not among them).
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theWorkloadsRoutesSendAFixedNumberOfStatements() {
        Team team = new Team();
        String project = team.createProject("Counted");
        String task = null;
        for (int i = 0; i < 5; i++) {
            team.createProject("Counted " + i);
            task = team.createTask(project, Map.of("title", "Task " + i, "dueDate", "2020-01-01T00:00:00.000Z"));
        }
        String id = task;

        assertThat(statements(() -> team.request().get(PROJECTS).then().statusCode(200))).as("(a)").isEqualTo(1);
        assertThat(statements(() -> team.request().get(PROJECTS + "/" + project).then().statusCode(200)))
                .as("(b)").isEqualTo(1);
        assertThat(statements(() -> team.request().body(Map.of("projectId", project, "title", "One more"))
                .post(TASKS).then().statusCode(201))).as("(c) the project through the team, the insert").isEqualTo(2);
        assertThat(statements(() -> team.request().body(Map.of("status", "DONE")).patch(TASKS + "/" + id + "/status")
                .then().statusCode(200))).as("(d) the task through the team, the update").isEqualTo(2);
    }

    private long statements(Runnable request) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }
}
