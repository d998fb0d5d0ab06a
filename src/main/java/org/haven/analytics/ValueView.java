package org.haven.analytics;

/**
 * How values over time are shown: PERIOD aggregates within each asked period (the indicator's time aggregation),
 * CUMULATIVE adds every earlier period from the start of the Strategy (2023) up to the asked one, LATEST takes the
 * most recent value on or before the end of the asked period.
 */
public enum ValueView {
    PERIOD, CUMULATIVE, LATEST
}
