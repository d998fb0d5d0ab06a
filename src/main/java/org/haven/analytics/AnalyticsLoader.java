package org.haven.analytics;

/**
 * The engine's memory of stored values, for benchmarks and operators. It loads everything at start and keeps itself
 * current from {@link org.haven.data.DataValuesChanged}; values written with plain SQL (bypassing
 * {@link org.haven.data.DataValueService}) are only seen after {@link #reloadAll()}.
 */
public interface AnalyticsLoader {

    /** Reads every stored value again (and the org-unit tree); queries keep using the old memory until it is done. */
    LoadStats reloadAll();

    /** The figures of the last full load plus the current number of values. */
    LoadStats stats();
}
