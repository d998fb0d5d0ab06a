package org.haven.analytics;

/**
 * What the engine holds after its last full load: {@code values} stored values over {@code dataElements} elements,
 * read in {@code millis} ms; {@code bytes} estimates the memory of the value columns (not the JVM's heap).
 */
public record LoadStats(long values, int dataElements, long millis, long bytes) {
}
