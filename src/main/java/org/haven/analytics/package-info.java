/**
 * Real-time analytics: an in-memory engine over every stored data value, kept current by
 * {@link org.haven.data.DataValuesChanged} (no scheduled rebuild), that answers {@link org.haven.analytics.AnalyticsQuery}
 * with numerators and denominators kept (so percentages and rates aggregate correctly), baselines, targets, percent
 * of target and a {@link org.haven.analytics.ProgressStatus}. A public view (approved data only) applies small-cell
 * suppression. Dashboards, pivot tables, reports and open data read through {@link org.haven.analytics.Analytics}.
 */
package org.haven.analytics;
