package io.naap.capacity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.naap.db.model.capacity.CapacityRequest;
import io.naap.db.model.capacity.CapacityRequestStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The capacity planner's answers, in the original's shapes. */
final class CapacityViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private CapacityViews() {
    }

    /** A date of the request's window as {@code YYYY-MM-DD} in UTC. */
    static String day(Instant instant) {
        return DAY.format(instant);
    }

    /**
     * The serialised request of the list and of create: window dates as days, status in lower case, no
     * {@code updatedAt}, {@code creatorId} left out when null, commits and comments newest first.
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestView(String id, String creatorId, String requesterName, String requesterAccount, String gpuModel,
            int vram, String osVersion, String cudaVersion, int count, String pipeline, String startDate,
            String endDate, String validUntil, double hourlyRate, String reason, int riskLevel, String status,
            Instant createdAt, List<SoftCommitView> softCommits, List<CommentView> comments) {

        static RequestView of(CapacityRequest r) {
            return new RequestView(r.id, r.creatorId, r.requesterName, r.requesterAccount, r.gpuModel, r.vram,
                    r.osVersion, r.cudaVersion, r.count, r.pipeline, day(r.startDate), day(r.endDate),
                    day(r.validUntil), r.hourlyRate, r.reason, r.riskLevel, status(r.status), r.createdAt, List.of(),
                    List.of());
        }

        /** From a request row with its included {@code softCommits} and {@code comments} rows. */
        @SuppressWarnings("unchecked")
        static RequestView of(Map<String, Object> r) {
            return new RequestView((String) r.get("id"), (String) r.get("creatorId"), (String) r.get("requesterName"),
                    (String) r.get("requesterAccount"), (String) r.get("gpuModel"), (Integer) r.get("vram"),
                    (String) r.get("osVersion"), (String) r.get("cudaVersion"), (Integer) r.get("count"),
                    (String) r.get("pipeline"), day((Instant) r.get("startDate")), day((Instant) r.get("endDate")),
                    day((Instant) r.get("validUntil")), (Double) r.get("hourlyRate"), (String) r.get("reason"),
                    (Integer) r.get("riskLevel"), status((CapacityRequestStatus) r.get("status")),
                    (Instant) r.get("createdAt"),
                    ((List<Map<String, Object>>) r.get("softCommits")).stream().map(SoftCommitView::of).toList(),
                    ((List<Map<String, Object>>) r.get("comments")).stream().map(CommentView::of).toList());
        }

        private static String status(CapacityRequestStatus status) {
            return status.name().toLowerCase(Locale.ROOT);
        }
    }

    @RegisterForReflection
    record SoftCommitView(String id, String userId, String userName, int gpuCount, Instant timestamp) {
        static SoftCommitView of(Map<String, Object> c) {
            return new SoftCommitView((String) c.get("id"), (String) c.get("userId"), (String) c.get("userName"),
                    (Integer) c.get("gpuCount"), (Instant) c.get("createdAt"));
        }
    }

    @RegisterForReflection
    record CommentView(String id, String author, String text, Instant timestamp) {
        static CommentView of(Map<String, Object> c) {
            return new CommentView((String) c.get("id"), (String) c.get("author"), (String) c.get("text"),
                    (Instant) c.get("createdAt"));
        }
    }

    /** {@code {success, data, meta}} of the list: the page and its place among all matching requests. */
    @RegisterForReflection
    record Page<T>(boolean success, List<T> data, Meta meta) {
    }

    @RegisterForReflection
    record Meta(int page, int pageSize, long total, long totalPages, Instant timestamp) {
    }

    /** The answer of a soft commit: {@code added} or {@code updated}, with the commit. */
    @RegisterForReflection
    record CommitResult(String action, SoftCommitView commit) {
    }

    /** The answer of a withdrawal. */
    @RegisterForReflection
    record Withdrawn(String action, String userId, String userName) {
    }

    @RegisterForReflection
    record Deleted(String deletedId) {
    }

    @RegisterForReflection
    record Summary(long totalRequests, long totalGPUsNeeded, double avgHourlyRate, Named mostDesiredGPU,
            Named mostPopularPipeline, Named topRequestor, List<String> distinctGpuModels,
            List<String> distinctPipelines) {
    }

    /**
     * A leader of the summary: {@code {model, count}} for the GPU, {@code {name, count}} for the pipeline and the
     * requestor.
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Named(String model, String name, long count) {
    }
}
