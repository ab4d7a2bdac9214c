package io.naap.db.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A statement new to Hibernate is interpreted by one request at a time; a known one by any number at once. */
class HqlFirstInterpretationTest {

    private static final int CALLERS = 8;

    @Test
    void concurrentFirstRequestsOfOneStatementInterpretItOneAtATime() throws Exception {
        String statement = "select r0 from TrackerProject r0 where r0.name = '" + UUID.randomUUID() + "'";

        assertThat(mostAtOnce(statement)).isEqualTo(1);
    }

    @Test
    void requestsOfAnInterpretedStatementDoNotWaitForEachOther() throws Exception {
        String statement = "select r0 from TrackerTask r0 where r0.title = '" + UUID.randomUUID() + "'";
        Hql.interpretedAlone(statement, () -> "interpreted");

        assertThat(mostAtOnce(statement)).isGreaterThan(1);
    }

    /** How many of {@link #CALLERS} concurrent creations of {@code statement} ran at the same time, at most. */
    private static int mostAtOnce(String statement) throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                calls.add(callers.submit(() -> {
                    start.await();
                    return Hql.interpretedAlone(statement, () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep();
                        running.decrementAndGet();
                        return "query";
                    });
                }));
            }
            start.countDown();
            for (Future<String> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo("query");
            }
        } finally {
            callers.shutdownNow();
        }
        return most.get();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
