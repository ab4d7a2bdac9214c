package io.naap.tracker;

import static io.naap.db.testing.http.Envelopes.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile and unusual input a fuzzing run found, answered on the tracker's routes as it must be: a clear 400 in the
 * envelope, and nothing stored other than what was sent. The extension's handling of it (the REST projection, body
 * limits, query strings) is tested in {@code shared-db-extension/integration-tests}.
 */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URL url;

    @Test
    void bodiesThatAreNotValidUtf8AreRefusedAndNothingIsStored() {
        Team team = new Team();
        List<byte[]> invalid = List.of(
                json("{\"name\":\"", 0xc0, 0xaf, "etc", 0xc0, 0xae, "passwd\"}"),
                json("{\"name\":\"", 0xe0, 0x80, 0xaf, "\"}"),
                json("{\"name\":\"", 0xf4, 0x90, 0x80, 0x80, "\"}"),
                json("{\"name\":\"", 0xed, 0xa0, 0x80, "\"}"),
                json("{\"name\":\"", 0xfe, "\"}"));
        for (byte[] body : invalid) {
            assertInvalidField(team.request().body(body).post(Team.PROJECTS).then(), "body");
        }
        team.request().get(Team.PROJECTS).then().body("data", hasSize(0));
    }

    @Test
    void stringsThatCannotBeStoredExactlyAreRefusedNamingTheField() {
        Team team = new Team();
        assertInvalidField(team.request().body("{\"name\":\"x\\ud800y\"}").post(Team.PROJECTS).then(), "name");
        assertInvalidField(team.request().body("{\"name\":\"x\\u0000y\"}").post(Team.PROJECTS).then(), "name");
        team.request().get(Team.PROJECTS).then().body("data", hasSize(0));
    }

    @Test
    void whatIsAnsweredIsWhatALaterReadReturnsByteForByte() {
        Team team = new Team();
        String name = "caf\u00e9 \uD83D\uDE00 \u4e2d\u6587 \u00a0end";
        String escaped = "{\"name\":\"\\u0063af\\u00e9 \\ud83d\\ude00 " + "\u4e2d\u6587 \u00a0end\"}";

        String created = team.request().body("{\"name\":\"" + name + "\"}")
                .post(Team.PROJECTS).then().statusCode(201).body("data.name", is(name)).extract().path("data.id");
        String viaEscapes = team.request().body(escaped).post(Team.PROJECTS).then().statusCode(201)
                .body("data.name", is(name)).extract().path("data.id");

        for (String id : List.of(created, viaEscapes)) {
            byte[] read = team.request().get(Team.PROJECTS + "/" + id).then().statusCode(200).extract()
                    .asByteArray();
            assertThat(new String(read, StandardCharsets.UTF_8)).contains("\"name\":\"" + name + "\"");
        }
    }

    @Test
    void pathsMustBeWellFormedUtf8() throws Exception {
        Team team = new Team();
        assertInvalidField(team.request().urlEncodingEnabled(false).get(Team.PROJECTS + "/%ED%A0%80").then(),
                "path");
        // Vert.x refuses a malformed escape itself, before any handler: a bare 400 (README, "Limits").
        assertThat(rawGet(team, Team.PROJECTS + "/%G1")).startsWith("HTTP/1.1 400");
    }

    /**
     * The whole answer to a GET of {@code target} sent as is, with no client-side encoding or checks, read until the
     * server closes the connection (failing on the read timeout if it never does).
     */
    private String rawGet(Team team, String target) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nx-team-id: "
                    + team.teamId + "\r\nauthorization: " + team.bearer() + "\r\nconnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
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
