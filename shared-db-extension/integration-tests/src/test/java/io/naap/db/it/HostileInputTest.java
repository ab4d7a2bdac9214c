package io.naap.db.it;

import static io.naap.db.it.TeamCaller.PROJECTS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static io.naap.db.testing.http.Envelopes.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile and unusual input a fuzzing run found, answered as it must be: a clear 400 in the envelope, and nothing
 * stored other than what was sent.
 */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URL url;

    @Test
    void aBulkWriteWhoseFilterSelectsEverythingIsRefused() {
        TeamCaller team = new TeamCaller();
        team.createProject("kept");
        team.createProject("also kept");
        List<String> everything = List.of("{}", "{\"name\":{}}", "{\"AND\":[]}", "{\"AND\":{}}", "{\"OR\":[{}]}",
                "{\"name\":{\"mode\":\"insensitive\"}}", "{\"NOT\":{\"OR\":[]}}", "{\"id\":{\"notIn\":[]}}",
                "{\"tasks\":{\"every\":{}}}", "{\"NOT\":[{\"id\":{\"in\":[]}}]}");

        for (String where : everything) {
            assertInvalidField(team.request().queryParam("where", where).delete(PROJECTS).then(), "where");
            assertInvalidField(team.request().body("{\"where\":" + where + ",\"data\":{\"description\":\"x\"}}")
                    .patch(PROJECTS).then(), "where");
        }
        assertInvalidField(team.request().delete(PROJECTS).then(), "where");

        team.request().get(PROJECTS).then().body("data", hasSize(2))
                .body("data.description", org.hamcrest.Matchers.everyItem(nullValue()));
        // A filter that matches nothing is allowed: it changes nothing.
        team.request().queryParam("where", "{\"OR\":[]}").delete(PROJECTS).then().statusCode(200)
                .body("data.count", is(0));
        team.request().queryParam("where", "{\"name\":\"kept\"}").delete(PROJECTS).then().statusCode(200)
                .body("data.count", is(1));
    }

    @Test
    void bodiesThatAreNotValidUtf8AreRefusedAndNothingIsStored() {
        TeamCaller team = new TeamCaller();
        List<byte[]> invalid = List.of(
                json("{\"name\":\"", 0xc0, 0xaf, "etc", 0xc0, 0xae, "passwd\"}"),
                json("{\"name\":\"", 0xe0, 0x80, 0xaf, "\"}"),
                json("{\"name\":\"", 0xf4, 0x90, 0x80, 0x80, "\"}"),
                json("{\"name\":\"", 0xed, 0xa0, 0x80, "\"}"),
                json("{\"name\":\"", 0xfe, "\"}"));
        for (byte[] body : invalid) {
            assertInvalidField(team.request().body(body).post(PROJECTS).then(), "body");
        }
        team.request().get(PROJECTS).then().body("data", hasSize(0));
    }

    @Test
    void stringsThatCannotBeStoredExactlyAreRefusedNamingTheField() {
        TeamCaller team = new TeamCaller();
        assertInvalidField(team.request().body("{\"name\":\"x\\ud800y\"}").post(PROJECTS).then(), "name");
        assertInvalidField(team.request().body("{\"name\":\"x\\u0000y\"}").post(PROJECTS).then(), "name");
        assertInvalidField(team.request().body("{\"name\":\"x\\udc00\"}").post(PROJECTS).then(), "name");
        assertInvalidField(team.request().queryParam("where", "{\"name\":\"\\ud800\"}").get(PROJECTS).then(),
                "where.name");
        team.request().get(PROJECTS).then().body("data", hasSize(0));
    }

    @Test
    void whatIsAnsweredIsWhatALaterReadReturnsByteForByte() {
        TeamCaller team = new TeamCaller();
        String name = "caf\u00e9 \uD83D\uDE00 \u4e2d\u6587 \u00a0end";
        String escaped = "{\"name\":\"\\u0063af\\u00e9 \\ud83d\\ude00 " + "\u4e2d\u6587 \u00a0end\"}";

        String created = team.request().body("{\"name\":\"" + name + "\"}")
                .post(PROJECTS).then().statusCode(201).body("data.name", is(name)).extract().path("data.id");
        String viaEscapes = team.request().body(escaped).post(PROJECTS).then().statusCode(201)
                .body("data.name", is(name)).extract().path("data.id");

        for (String id : List.of(created, viaEscapes)) {
            byte[] read = team.request().get(PROJECTS + "/" + id).then().statusCode(200).extract()
                    .asByteArray();
            assertThat(new String(read, StandardCharsets.UTF_8)).contains("\"name\":\"" + name + "\"");
        }
    }

    @Test
    void queryStringsAndPathsMustBeWellFormedUtf8() throws Exception {
        TeamCaller team = new TeamCaller();
        assertInvalidField(team.request().urlEncodingEnabled(false).queryParam("where", "%C0%AF")
                .get(PROJECTS).then(), "query");
        // Vert.x refuses a malformed escape itself, before any handler: a bare 400 (README, "Limits").
        assertThat(rawGet(team, PROJECTS + "?where=%zz")).startsWith("HTTP/1.1 400");
        assertInvalidField(team.request().urlEncodingEnabled(false).queryParam("where", "a%00")
                .get(PROJECTS).then(), "query");
        assertInvalidField(team.request().urlEncodingEnabled(false).get(PROJECTS + "/%ED%A0%80").then(),
                "path");
        assertThat(rawGet(team, PROJECTS + "/%G1")).startsWith("HTTP/1.1 400");
    }

    @Test
    void nullableFieldsAcceptExplicitNullsInEveryWriteAndRequiredOnesRefuseThem() {
        TeamCaller team = new TeamCaller();
        String id = team.request().body("{\"name\":\"n\",\"description\":null}").post(PROJECTS).then()
                .statusCode(201).body("data.description", nullValue()).extract().path("data.id");
        team.request().body("{\"description\":\"set\"}").patch(PROJECTS + "/" + id).then().statusCode(200);
        team.request().body("{\"description\":null}").patch(PROJECTS + "/" + id).then().statusCode(200)
                .body("data.description", nullValue());
        team.request().body("{\"description\":\"again\"}").patch(PROJECTS + "/" + id).then().statusCode(200);

        team.request().body("{\"where\":{\"name\":\"n\"},\"data\":{\"description\":null}}").patch(PROJECTS)
                .then().statusCode(200).body("data.count", is(1));
        team.request().queryParam("where", "{\"description\":null}").get(PROJECTS).then().statusCode(200)
                .body("data.id", org.hamcrest.Matchers.contains(id));
        team.request().body("{\"create\":{\"name\":\"u\",\"description\":null},\"update\":{\"description\":null}}")
                .put(PROJECTS + "/" + id).then().statusCode(200).body("data.description", nullValue());

        assertInvalidField(team.request().body("{\"where\":{\"name\":\"n\"},\"data\":{\"name\":null}}")
                .patch(PROJECTS).then(), "data.name");
        assertInvalidField(team.request().body("{\"name\":null}").patch(PROJECTS + "/" + id).then(),
                "data.name");
        assertInvalidField(team.request().body("{\"name\":null}").post(PROJECTS).then(), "data.name");
        team.request().get(PROJECTS + "/" + id).then().body("data.name", is("n"));
    }

    @Test
    void anUpsertOfAnotherTeamsIdAnswersAsForAMissingRecordAndIdsAreValidated() {
        TeamCaller owner = new TeamCaller();
        TeamCaller other = new TeamCaller();
        String id = owner.createProject("owned");
        String body = "{\"create\":{\"name\":\"taken over\"},\"update\":{\"name\":\"changed\"}}";

        assertError(other.request().body(body).put(PROJECTS + "/" + id).then(), 404, "NOT_FOUND")
                .body("error.message", is("No TrackerProject found"));
        assertError(other.request().get(PROJECTS + "/" + id).then(), 404, "NOT_FOUND")
                .body("error.message", is("No TrackerProject found"));
        owner.request().get(PROJECTS + "/" + id).then().body("data.name", is("owned"));

        for (String bad : List.of("not-a-uuid", "1", "' or 1=1 --")) {
            assertInvalidField(other.request().body(body).put(PROJECTS + "/" + bad).then(), "id");
            assertInvalidField(other.request().get(PROJECTS + "/" + bad).then(), "id");
            assertInvalidField(other.request().body(body).patch(PROJECTS + "/" + bad).then(), "id");
            assertInvalidField(other.request().delete(PROJECTS + "/" + bad).then(), "id");
        }
        other.request().get(PROJECTS).then().body("data", hasSize(0));
    }

    @Test
    void aFilterOfAThousandIdsFitsInTheQueryString() {
        TeamCaller team = new TeamCaller();
        String kept = team.createProject("kept");
        List<String> ids = new ArrayList<>(IntStream.range(0, 999).mapToObj(i -> UUID.randomUUID().toString())
                .toList());
        ids.add(kept);
        String where = "{\"id\":{\"in\":[" + ids.stream().map(i -> "\"" + i + "\"")
                .collect(Collectors.joining(",")) + "]}}";

        team.request().queryParam("where", where).get(PROJECTS).then().statusCode(200)
                .body("data.id", org.hamcrest.Matchers.contains(kept));
        team.request().queryParam("where", where).delete(PROJECTS).then().statusCode(200)
                .body("data.count", is(1));
    }

    @Test
    void anOversizedBodyIsAnsweredAndItsConnectionClosed() throws Exception {
        TeamCaller team = new TeamCaller();
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + PROJECTS + " HTTP/1.1\r\nHost: localhost\r\ncontent-type: application/json\r\n"
                    + "x-team-id: " + team.teamId + "\r\nauthorization: " + team.bearer() + "\r\n"
                    + "content-length: 5000000\r\n\r\n{\"name\":\"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(readUntilClosed(in), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"PAYLOAD_TOO_LARGE\"")
                    .containsIgnoringCase("connection: close");
        }
    }

    /** The whole answer to a GET of {@code target} sent as is, with no client-side encoding or checks. */
    private String rawGet(TeamCaller team, String target) throws java.io.IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nx-team-id: "
                    + team.teamId + "\r\nauthorization: " + team.bearer() + "\r\nconnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
        }
    }

    /** Everything the server sends until it closes the connection; fails on the read timeout if it never does. */
    private static byte[] readUntilClosed(InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }

    /** A JSON body of text parts and raw bytes. */
    private static byte[] json(Object... parts) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                body.write((Integer) part);
            }
        }
        return body.toByteArray();
    }
}
