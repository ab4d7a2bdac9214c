package io.naap.db.it;

import static io.naap.db.it.TeamCaller.PROJECTS;
import static io.naap.db.it.TeamCaller.TASKS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static io.naap.db.testing.http.Envelopes.assertInvalidField;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The REST projection of the tracker's models: the data API's operations, scoped by the models' ownership. */
@QuarkusTest
class DataProjectionTest {

    @Test
    void listsFilterOrderAndPageTheTeamsRecordsWithTheTotal() {
        TeamCaller team = new TeamCaller();
        for (String name : List.of("Pa", "Pb", "Pc", "Other")) {
            team.request().body(Map.of("name", name)).post(PROJECTS).then().statusCode(201)
                    .body("data.teamId", is(team.teamId)).body("data.ownerId", is(team.userId));
        }

        team.request().queryParam("where", "{\"name\": {\"startsWith\": \"P\"}}")
                .queryParam("orderBy", "[{\"name\": \"desc\"}]").queryParam("take", 2)
                .get(PROJECTS).then().statusCode(200)
                .body("success", is(true))
                .body("data.name", contains("Pc", "Pb"))
                .body("meta.total", is(3)).body("meta.skip", is(0)).body("meta.take", is(2));
        team.request().queryParam("where", "{\"name\": \"Other\"}").get(PROJECTS + "/_count")
                .then().body("data.count", is(1));
    }

    @Test
    void listsSelectFieldsAndPageFromACursor() {
        TeamCaller team = new TeamCaller();
        team.request().body(List.of(Map.of("name", "A"), Map.of("name", "B"), Map.of("name", "C"), Map.of("name", "D")))
                .post(PROJECTS + "/_bulk").then().statusCode(201);
        String b = team.request().queryParam("where", "{\"name\": \"B\"}").get(PROJECTS).then()
                .extract().path("data[0].id");

        team.request().queryParam("orderBy", "{\"name\": \"asc\"}").queryParam("select", "name")
                .queryParam("cursor", b).queryParam("skip", 1).queryParam("take", 2).get(PROJECTS).then()
                .statusCode(200).body("data.name", contains("C", "D"))
                .body("data[0].keySet()", contains("id", "name"));
        assertInvalidField(team.request().queryParam("select", "tasks").get(PROJECTS).then(), "select.tasks");
        assertInvalidField(team.request().queryParam("select", "colour").get(PROJECTS).then(), "select.colour");
        assertInvalidField(team.request().queryParam("cursor", "not-a-uuid'--").get(PROJECTS).then(), "cursor");
        team.request().queryParam("cursor", UUID.randomUUID().toString()).get(PROJECTS).then().statusCode(200)
                .body("data", empty());
    }

    @Test
    void bulkCreateMaySkipDuplicates() {
        TeamCaller team = new TeamCaller();
        String id = UUID.randomUUID().toString();
        team.request().body(Map.of("create", Map.of("name", "kept"), "update", Map.of())).put(PROJECTS + "/" + id)
                .then().statusCode(200);

        assertInvalidField(team.request().body(List.of(Map.of("name", "new"))).queryParam("skipDuplicates", "yes")
                .post(PROJECTS + "/_bulk").then(), "skipDuplicates");
        team.request().body(List.of(Map.of("name", "n1"), Map.of("name", "n2"))).queryParam("skipDuplicates", true)
                .post(PROJECTS + "/_bulk").then().statusCode(201).body("data.count", is(2));
        team.request().get(PROJECTS + "/" + id).then().body("data.name", is("kept"));
    }

    @Test
    void everyWriteOfTheProjectionKeepsTheEntitiesConstraints() {
        TeamCaller team = new TeamCaller();
        String project = team.createProject("Constrained");
        String task = team.createTask(project, Map.of());
        String longTitle = "t".repeat(900_000);

        assertInvalidField(team.request().body(Map.of("title", longTitle, "projectId", project)).post(TASKS).then(),
                "title");
        assertInvalidField(team.request().body(Map.of("name", "")).post(PROJECTS).then(), "name");
        assertInvalidField(team.request().body(Map.of("title", "")).patch(TASKS + "/" + task).then(), "title");
        assertInvalidField(team.request().body(Map.of("create", Map.of("name", "n".repeat(201)), "update", Map.of()))
                .put(PROJECTS + "/" + UUID.randomUUID()).then(), "name");
        assertInvalidField(team.request().body(List.of(Map.of("name", "fine"), Map.of("name", "")))
                .post(PROJECTS + "/_bulk").then(), "name");
        assertInvalidField(team.request().body(List.of(Map.of("name", ""))).queryParam("skipDuplicates", true)
                .post(PROJECTS + "/_bulk").then(), "name");
        assertInvalidField(team.request().body(Map.of("where", Map.of("id", project), "data",
                Map.of("description", "d".repeat(10_001)))).patch(PROJECTS).then(), "description");

        team.request().get(PROJECTS).then().statusCode(200).body("data.name", contains("Constrained"))
                .body("data[0].description", org.hamcrest.Matchers.nullValue());
        team.request().get(TASKS).then().statusCode(200).body("data.title", contains("A task"));
    }

    @Test
    void recordsAreCreatedReadUpdatedAndDeletedWithRelations() {
        TeamCaller team = new TeamCaller();
        String project = team.request().body(Map.of("name", "P", "description", "d")).post(PROJECTS)
                .then().statusCode(201).extract().path("data.id");
        String task = team.request().body(Map.of("title", "T", "projectId", project, "priority", "HIGH")).post(TASKS)
                .then().statusCode(201).body("data.projectId", is(project)).body("data.status", is("TODO"))
                .extract().path("data.id");
        team.request().body(Map.of("title", "T2", "project", Map.of("connect", Map.of("id", project)))).post(TASKS)
                .then().statusCode(201);

        team.request().queryParam("include", "tasks").get(PROJECTS + "/" + project).then().statusCode(200)
                .body("data.tasks", hasSize(2)).body("data.tasks.title", hasItem("T"));
        team.request().queryParam("count", "tasks").get(PROJECTS).then().statusCode(200)
                .body("data[0]._count.tasks", is(2));
        team.request().body(Map.of("status", "DONE")).patch(TASKS + "/" + task).then().statusCode(200)
                .body("data.status", is("DONE")).body("data.title", is("T"));
        team.request().delete(TASKS + "/" + task).then().statusCode(200).body("data.id", is(task));
        assertError(team.request().get(TASKS + "/" + task).then(), 404, "NOT_FOUND");
    }

    @Test
    void anotherTeamsRecordsDoNotExist() {
        TeamCaller owner = new TeamCaller();
        TeamCaller intruder = new TeamCaller();
        String project = owner.request().body(Map.of("name", "Secret")).post(PROJECTS).then().statusCode(201)
                .extract().path("data.id");
        String task = owner.request().body(Map.of("title", "Secret task", "projectId", project)).post(TASKS)
                .then().statusCode(201).extract().path("data.id");

        intruder.request().get(PROJECTS).then().body("data", empty()).body("meta.total", is(0));
        intruder.request().get(TASKS).then().body("data", empty());
        assertError(intruder.request().get(PROJECTS + "/" + project).then(), 404, "NOT_FOUND");
        assertError(intruder.request().body(Map.of("name", "x")).patch(PROJECTS + "/" + project).then(), 404, "NOT_FOUND");
        assertError(intruder.request().delete(TASKS + "/" + task).then(), 404, "NOT_FOUND");
        assertError(intruder.request().body(Map.of("title", "Planted", "projectId", project)).post(TASKS).then(),
                404, "NOT_FOUND");
        intruder.request().body(Map.of("where", Map.of("title", "Secret task"), "data", Map.of("title", "Hacked")))
                .patch(TASKS).then().statusCode(200).body("data.count", is(0));
        intruder.request().queryParam("where", "{\"title\": \"Secret task\"}").delete(TASKS).then()
                .statusCode(200).body("data.count", is(0));
        owner.request().get(TASKS + "/" + task).then().statusCode(200).body("data.title", is("Secret task"));
    }

    @Test
    void serverOwnedFieldsAreNeverWritable() {
        TeamCaller team = new TeamCaller();
        for (String field : List.of("id", "teamId", "ownerId", "createdAt", "updatedAt")) {
            assertInvalidField(team.request().body(Map.of("name", "P", field, "x")).post(PROJECTS).then(),
                    "data." + field);
        }
        String project = team.request().body(Map.of("name", "P")).post(PROJECTS).then().statusCode(201)
                .extract().path("data.id");
        assertInvalidField(team.request().body(Map.of("teamId", "other")).patch(PROJECTS + "/" + project).then(),
                "data.teamId");
        assertInvalidField(team.request().body(Map.of("where", Map.of("name", "P"), "data", Map.of("teamId", "x")))
                .patch(PROJECTS).then(), "data.teamId");
        team.request().get(PROJECTS + "/" + project).then().body("data.teamId", is(team.teamId));
    }

    @Test
    void bulkWritesNeedAFilterAndStayInTheTeam() {
        TeamCaller team = new TeamCaller();
        team.request().body(List.of(Map.of("name", "B1"), Map.of("name", "B2"), Map.of("name", "C1")))
                .post(PROJECTS + "/_bulk").then().statusCode(201).body("data.count", is(3));

        assertInvalidField(team.request().body(Map.of("data", Map.of("status", "ARCHIVED"))).patch(PROJECTS).then(),
                "where");
        assertInvalidField(team.request().body(Map.of("where", Map.of(), "data", Map.of("status", "ARCHIVED")))
                .patch(PROJECTS).then(), "where");
        assertInvalidField(team.request().delete(PROJECTS).then(), "where");
        team.request().body(Map.of("where", Map.of("name", Map.of("startsWith", "B")), "data", Map.of("status", "ARCHIVED")))
                .patch(PROJECTS).then().statusCode(200).body("data.count", is(2));
        team.request().queryParam("where", "{\"status\": \"ARCHIVED\"}").delete(PROJECTS).then().statusCode(200)
                .body("data.count", is(2));
        team.request().get(PROJECTS).then().body("data.name", contains("C1"));
    }

    @Test
    void upsertCountAggregateAndGroupBy() {
        TeamCaller team = new TeamCaller();
        String id = UUID.randomUUID().toString();
        team.request().body(Map.of("create", Map.of("name", "v1"), "update", Map.of("name", "v2")))
                .put(PROJECTS + "/" + id).then().statusCode(200).body("data._created", is(true)).body("data.name", is("v1"));
        team.request().body(Map.of("create", Map.of("name", "v1"), "update", Map.of("name", "v2")))
                .put(PROJECTS + "/" + id).then().statusCode(200).body("data._created", is(false)).body("data.name", is("v2"));
        team.request().body(Map.of("title", "a", "projectId", id)).post(TASKS).then().statusCode(201);
        team.request().body(Map.of("title", "b", "projectId", id, "status", "DONE")).post(TASKS).then().statusCode(201);
        team.request().body(Map.of("title", "c", "projectId", id, "status", "DONE")).post(TASKS).then().statusCode(201);

        team.request().body(Map.of("_count", true, "_max", List.of("title"))).post(TASKS + "/_aggregate").then()
                .statusCode(200).body("data._count", is(3)).body("data.'_max.title'", is("c"));
        team.request().body(Map.of("by", List.of("status"), "_count", true, "orderBy", Map.of("status", "asc")))
                .post(TASKS + "/_group-by").then().statusCode(200)
                .body("data.status", contains("TODO", "DONE")).body("data._count", contains(1, 2));
        team.request().body(Map.of("by", List.of("status"), "_count", true, "having", Map.of("_count", Map.of("gt", 1)),
                "orderBy", Map.of("_count", "desc"))).post(TASKS + "/_group-by").then().statusCode(200)
                .body("data.status", contains("DONE"));
        team.request().body(Map.of("by", List.of("status"), "_count", true,
                "having", Map.of("title", Map.of("_max", Map.of("gte", "c"))))).post(TASKS + "/_group-by").then()
                .statusCode(200).body("data.status", contains("DONE"));
        assertInvalidField(team.request().body(Map.of("by", List.of("status"), "_count", true,
                "having", Map.of("title", Map.of("_avg", Map.of("gt", 1))))).post(TASKS + "/_group-by").then(),
                "having._avg.title");
        assertInvalidField(team.request().body(Map.of("by", List.of("status"), "_count", true,
                "having", Map.of("_count", Map.of("gt", "many")))).post(TASKS + "/_group-by").then(), "having._count.gt");
    }

    @Test
    void badRequestsAreAnsweredInTheEnvelope() {
        TeamCaller team = new TeamCaller();
        assertInvalidField(team.request().queryParam("take", 101).get(PROJECTS).then(), "take");
        assertInvalidField(team.request().queryParam("skip", -1).get(PROJECTS).then(), "skip");
        assertInvalidField(team.request().queryParam("take", "abc").get(PROJECTS).then(), "take");
        assertInvalidField(team.request().queryParam("skip", "99999999999").get(PROJECTS).then(), "skip");
        assertInvalidField(team.request().queryParam("where", "{\"colour\": 1}").get(PROJECTS).then(), "where.colour");
        assertInvalidField(team.request().queryParam("where", "{not json").get(PROJECTS).then(), "where");
        assertInvalidField(team.request().queryParam("orderBy", "{\"name\": \"up\"}").get(PROJECTS).then(), "orderBy.name");
        assertInvalidField(team.request().queryParam("include", "owner").get(PROJECTS).then(), "include.owner");
        assertInvalidField(team.request().body(Map.of("name", 5)).post(PROJECTS).then(), "data.name");
        assertInvalidField(team.request().body("[]").post(PROJECTS).then(), "data");
        assertError(team.request().body(Map.of("description", "no name")).post(PROJECTS).then(), 400, "VALIDATION_ERROR")
                .body("error.message", is("Invalid value for field name: must not be null"));
        assertError(team.request().get("/api/v1/task-tracker/_data/CommunityPost").then(), 404, "NOT_FOUND");
        assertError(team.request().get("/api/v1/community/_data/TrackerProject").then(), 404, "NOT_FOUND");
        assertError(given().contentType(ContentType.JSON).get(PROJECTS).then(), 401, "UNAUTHORIZED");
        team.request().get(PROJECTS).then().body("data", empty());
    }

    @Test
    void theOpenApiDocumentDescribesTheProjection() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/{plugin}/_data/{model}"))
                .body("paths", hasKey("/api/v1/{plugin}/_data/{model}/{id}"))
                .body("paths", hasKey("/api/v1/{plugin}/_data/{model}/_group-by"))
                .body("paths", not(hasKey("/api/v1/{plugin}/_data")));
    }
}
