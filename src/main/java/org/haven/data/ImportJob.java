package org.haven.data;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One uploaded file on its way in: dry run in the background, then (if clean and asked) commit. Fields written by
 * the worker thread are volatile so the progress page reads them without locks.
 */
final class ImportJob {

    enum State {
        CHECKING, CHECKED, REJECTED, COMMITTING, COMMITTED, FAILED;

        public boolean running() {
            return this == CHECKING || this == COMMITTING;
        }
    }

    private final String id;
    private final String owner;
    private final String fileName;
    private final ImportFormat format;
    private final Path file;
    private final Instant created = Instant.now();
    private volatile State state = State.CHECKING;
    private volatile int rows;
    private volatile double fraction = -1;
    private volatile ImportSummary dryRun;
    private volatile ImportSummary result;
    private volatile String failure;

    ImportJob(String id, String owner, String fileName, ImportFormat format, Path file) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
        this.format = format;
        this.file = file;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String fileName() {
        return fileName;
    }

    ImportFormat format() {
        return format;
    }

    public Path file() {
        return file;
    }

    public Instant created() {
        return created;
    }

    public State state() {
        return state;
    }

    public int rows() {
        return rows;
    }

    public ImportSummary dryRun() {
        return dryRun;
    }

    public ImportSummary result() {
        return result;
    }

    public String failure() {
        return failure;
    }

    /** Percent done for the progress bar, or -1 while unknown (an indeterminate bar). */
    public int percent() {
        State s = state;
        if (!s.running()) {
            return 100;
        }
        if (s == State.COMMITTING && dryRun != null && dryRun.rows() > 0) {
            return (int) Math.min(99, 100L * rows / dryRun.rows());
        }
        return fraction < 0 ? -1 : (int) Math.min(99, fraction * 100);
    }

    void progress(int rows, double fraction) {
        this.rows = rows;
        this.fraction = fraction;
    }

    void checked(ImportSummary summary) {
        this.dryRun = summary;
        this.state = summary.clean() ? State.CHECKED : State.REJECTED;
    }

    void committing() {
        this.rows = 0;
        this.fraction = -1;
        this.state = State.COMMITTING;
    }

    void committed(ImportSummary summary) {
        this.result = summary;
        this.state = summary.clean() ? State.COMMITTED : State.FAILED;
        if (!summary.clean()) {
            this.failure = summary.rejectedRows().get(0).message();
        }
    }

    void failed(String message) {
        this.failure = message;
        this.state = State.FAILED;
    }

    /** The latest summary: the commit's once there is one, else the dry run's. */
    public ImportSummary summary() {
        return result != null ? result : dryRun;
    }
}
