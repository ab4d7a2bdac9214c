package io.naap.db.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** The records one logger writes while this is open, each with its thread and the MDC it was written under. */
final class CapturedLogs extends Handler implements AutoCloseable {

    record Captured(String message, String thread, Map<String, String> mdc) {
    }

    private final Logger logger;
    private final List<Captured> records = new CopyOnWriteArrayList<>();

    private CapturedLogs(Logger logger) {
        this.logger = logger;
    }

    static CapturedLogs of(Class<?> type) {
        CapturedLogs logs = new CapturedLogs(Logger.getLogger(type.getName()));
        logs.logger.addHandler(logs);
        return logs;
    }

    List<Captured> records() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        // Read on the logging thread: the MDC is the one of the code that logged.
        ExtLogRecord ext = ExtLogRecord.wrap(record);
        records.add(new Captured(ext.getFormattedMessage(), ext.getThreadName(), ext.getMdcCopy()));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
