package org.haven.dashboard;

import org.haven.analytics.AnalyticsQuery;

/**
 * Who a dashboard page is for: signed-in users under /dashboards (every stored value, links into the rest of
 * Haven) or anyone under /public (the public view of analytics: approved values only, small cells suppressed; no
 * links that need a login).
 */
record DashboardScope(boolean publicView, String base) {

    static final DashboardScope SIGNED_IN = new DashboardScope(false, "/dashboards");
    static final DashboardScope PUBLIC = new DashboardScope(true, "/public");

    public String indicator(String code) {
        return base + "/indicators/" + code;
    }

    public String country(String iso3) {
        return base + "/countries/" + iso3;
    }

    /** The query as this audience may see it. */
    AnalyticsQuery apply(AnalyticsQuery query) {
        return query.publicView(publicView);
    }
}
