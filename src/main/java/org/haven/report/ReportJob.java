package org.haven.report;

import java.util.List;

/** One background generation: its steps as they are reached, then the kept report or the failure. */
final class ReportJob {

    enum State {
        RUNNING, DONE, FAILED
    }

    /** The steps a generation goes through, in order (the donor report skips none but takes them in its order). */
    static final List<String> STEPS = List.of("indicators", "charts", "activities", "funding", "render", "pdf", "keep");

    private final String id;
    private final String owner;
    private final ReportRequest request;
    private final long startedAt = System.currentTimeMillis();
    private volatile State state = State.RUNNING;
    private volatile int done;
    private volatile String step = "start";
    private volatile KeptReport kept;
    private volatile String failure;

    ReportJob(String id, String owner, ReportRequest request) {
        this.id = id;
        this.owner = owner;
        this.request = request;
    }

    synchronized void step(String name) {
        step = name;
        done = Math.min(done + 1, STEPS.size());
    }

    void done(KeptReport report) {
        kept = report;
        done = STEPS.size();
        step = "keep";
        state = State.DONE;
    }

    void failed(String message) {
        failure = message;
        state = State.FAILED;
    }

    /** 0 to 100. */
    int percent() {
        return state == State.DONE ? 100 : done * 100 / (STEPS.size() + 1);
    }

    String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    ReportRequest request() {
        return request;
    }

    long startedAt() {
        return startedAt;
    }

    State state() {
        return state;
    }

    String step() {
        return step;
    }

    KeptReport kept() {
        return kept;
    }

    String failure() {
        return failure;
    }

    boolean running() {
        return state == State.RUNNING;
    }
}
