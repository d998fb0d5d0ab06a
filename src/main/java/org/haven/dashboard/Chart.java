package org.haven.dashboard;

/**
 * One chart of a page: {@code json} is what static/js/dashboard.js draws (a {@link ChartData}, escaped for a
 * script block), {@code table} the same numbers as a table for screen readers and keyboard users.
 */
record Chart(String id, String title, String json, DataTable table) {
}
