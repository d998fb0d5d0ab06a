/**
 * Dashboards: the Strategy overview (objectives with their indicators' progress and status, activities by status,
 * coverage gaps), an indicator page (trend with baseline and target, splits by sex and age, world map, table,
 * count or rate), and a country profile (every indicator against its region and the world, the activities there).
 * Every chart is drawn by static/js/dashboard.js from a JSON block, can be downloaded as PNG and SVG and has an
 * equivalent data table. The same pages are served without login under /public over the public view of
 * {@link org.haven.analytics.Analytics} (approved values only, small cells suppressed).
 */
package org.haven.dashboard;
