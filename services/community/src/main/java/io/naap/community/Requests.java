package io.naap.community;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/** Request bodies; server-owned fields (ids, author, counters, timestamps) are not here. */
final class Requests {

    static final int MAX_TITLE = 300;
    static final int MAX_CONTENT = 50_000;
    static final int MAX_COMMENT = 10_000;
    static final int MAX_TAG = 50;
    static final int MAX_TAGS = 10;

    private Requests() {
    }

    static final class CreatePostRequest {
        @NotBlank
        @Size(max = MAX_TITLE)
        public String title;

        @NotBlank
        @Size(max = MAX_CONTENT)
        public String content;

        @JsonSetter(nulls = Nulls.SKIP)
        public String postType = "DISCUSSION";

        @JsonSetter(nulls = Nulls.SKIP)
        public String category = "GENERAL";

        @JsonSetter(nulls = Nulls.SKIP)
        @Size(max = MAX_TAGS)
        public List<@NotBlank @Size(max = MAX_TAG) String> tags = List.of();
    }

    static final class UpdatePostRequest {
        @JsonSetter(nulls = Nulls.FAIL)
        @Size(min = 1, max = MAX_TITLE)
        public String title;

        @JsonSetter(nulls = Nulls.FAIL)
        @Size(min = 1, max = MAX_CONTENT)
        public String content;

        @JsonSetter(nulls = Nulls.FAIL)
        public String category;
    }

    static final class CommentRequest {
        @NotBlank
        @Size(max = MAX_COMMENT)
        public String content;
    }

    static final class UpdateCommentRequest {
        @JsonSetter(nulls = Nulls.FAIL)
        @Size(min = 1, max = MAX_COMMENT)
        public String content;
    }

    static final class ModerateRequest {
        @NotNull
        public String action;
    }

    static final class UpdateProfileRequest {
        @JsonSetter(nulls = Nulls.FAIL)
        @Size(max = 100)
        public String displayName;

        @JsonSetter(nulls = Nulls.FAIL)
        @Size(max = 2000)
        public String bio;

        @JsonSetter(nulls = Nulls.FAIL)
        @Size(max = 2000)
        public String avatarUrl;
    }
}
