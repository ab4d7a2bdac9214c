package io.naap.tracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The tracker's OpenAPI document: its routes, and the REST projection it enables. */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/task-tracker/projects"))
                .body("paths", hasKey("/api/v1/task-tracker/projects/{id}"))
                .body("paths", hasKey("/api/v1/task-tracker/tasks"))
                .body("paths", hasKey("/api/v1/task-tracker/tasks/{id}"))
                .body("paths", hasKey("/api/v1/task-tracker/tasks/{id}/status"))
                .body("paths", hasKey("/api/v1/{plugin}/_data/{model}"))
                .body("paths", hasKey("/healthz"));
    }
}
