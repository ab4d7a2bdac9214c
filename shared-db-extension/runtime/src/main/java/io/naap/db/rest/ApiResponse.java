package io.naap.db.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The success envelope: {@code {"success": true, "data": …}}; {@code data} is left out when there is none. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(boolean success, T data) {

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(true, data);
    }

    /** {@code {"success": true}}, for operations that return nothing. */
    public static ApiResponse<Void> ok() {
        return new ApiResponse<>(true, null);
    }
}
