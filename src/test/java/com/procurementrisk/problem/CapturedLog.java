package com.procurementrisk.problem;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything the application logs while open (message, parameters and any stack trace), from a
 * handler on the root logger: JBoss LogManager, which Quarkus installs, passes every record through
 * it whatever the console format.
 */
final class CapturedLog extends Handler implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();

    static CapturedLog open() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object p : record.getParameters()) {
                line.append(' ').append(p);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(' ').append(trace);
        }
        lines.add(line.toString());
    }

    synchronized String text() {
        return String.join("\n", lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
