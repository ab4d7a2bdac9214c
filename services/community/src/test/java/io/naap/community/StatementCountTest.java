package io.naap.community;

import static io.naap.community.Member.API;
import static io.naap.community.Member.POSTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Lists, detail and search are a fixed number of statements, however many posts, comments and tags. */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void listDetailAndSearchAreAFixedNumberOfStatements() {
        Member author = Member.create();
        String word = "stmt" + author.userId.substring(0, 8).replace("-", "");
        String post = null;
        for (int i = 0; i < 6; i++) {
            post = author.post(word + " " + i, "content", "QUESTION", List.of("t" + i + word, "u" + i + word));
        }
        for (int i = 0; i < 5; i++) {
            Member.create().comment(post, "comment " + i);
        }
        String viewer = Member.create().token;

        assertThat(statements(() -> Member.anonymous().get(POSTS + "?limit=20").then().statusCode(200))).isEqualTo(2);
        assertThat(statements(() -> Member.anonymous().header("Authorization", "Bearer " + viewer)
                .get(POSTS + "?limit=50&search=" + word).then().statusCode(200))).isEqualTo(2);
        String id = post;
        assertThat(statements(() -> Member.anonymous().get(POSTS + "/" + id).then().statusCode(200))).isEqualTo(1);
        assertThat(statements(() -> Member.anonymous().get(POSTS + "/" + id + "/comments").then().statusCode(200)))
                .isEqualTo(1);
        assertThat(statements(() -> Member.anonymous().get(API + "/search?q=" + word).then().statusCode(200)))
                .isEqualTo(2);
        assertThat(statements(() -> Member.anonymous().get(API + "/leaderboard").then().statusCode(200))).isEqualTo(1);
        assertThat(statements(() -> Member.anonymous().get(API + "/stats").then().statusCode(200))).isEqualTo(1);
        assertThat(statements(() -> Member.anonymous().get(API + "/tags").then().statusCode(200))).isEqualTo(1);
    }

    private long statements(Runnable request) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }
}
