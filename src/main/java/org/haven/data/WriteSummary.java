package org.haven.data;

/** What a write did (or, from preview, would do). */
public record WriteSummary(int created, int updated, int unchanged, int deleted) {

    public int total() {
        return created + updated + unchanged + deleted;
    }
}
