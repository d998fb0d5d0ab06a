/**
 * Open data: a public page ({@code /open-data}, one metadata sheet per indicator) and a public JSON and CSV API
 * ({@code /api/v1/public/...}) over the public view of {@link org.haven.analytics.Analytics}: approved values only,
 * with the same small-cell suppression as the public dashboards (suppressed cells keep their keys, lose their value
 * and carry the flag {@code suppressed}). Every answer names its licence (CC BY 4.0 for Haven's own aggregates, the
 * UN SDG Global Database terms for values imported from it) and a citation. The API is rate limited per client IP
 * (Bucket4j token buckets, {@code haven.opendata.rate-limit.per-minute}). Metadata comes from
 * {@link org.haven.indicator.IndicatorSheets}; nothing personal is ever read.
 */
package org.haven.opendata;
