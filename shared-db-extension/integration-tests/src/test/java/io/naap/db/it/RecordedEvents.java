package io.naap.db.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.naap.db.data.RecordEvent;

/** Every record event the data API delivered during the tests, for assertions. */
@ApplicationScoped
public class RecordedEvents {

    private final List<RecordEvent> events = new CopyOnWriteArrayList<>();

    void record(@Observes RecordEvent event) {
        events.add(event);
    }

    List<RecordEvent> about(String id) {
        return events.stream().filter(e -> id.equals(e.id())).toList();
    }
}
