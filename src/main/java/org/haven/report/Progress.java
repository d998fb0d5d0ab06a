package org.haven.report;

/** Told each time a report generation reaches its next named step (for the progress bar of background jobs). */
@FunctionalInterface
interface Progress {

    Progress NONE = step -> {
    };

    void step(String name);
}
