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
    public int percent() {
        return state == State.DONE ? 100 : done * 100 / (STEPS.size() + 1);
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public ReportRequest request() {
        return request;
    }

    public long startedAt() {
        return startedAt;
    }

    public State state() {
        return state;
    }

    public String step() {
        return step;
    }

    public KeptReport kept() {
        return kept;
    }

    public String failure() {
        return failure;
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
