package org.haven.analytics;

import java.util.List;
import java.util.Set;

/**
 * What to compute. {@code dx}: indicator or data element codes (empty with {@code nodes} set: every indicator linked
 * to those framework nodes). {@code ou}: org unit codes (each rolled up from every unit below it when the element
 * aggregates across org units), {@code LEVEL-n} (every unit at depth n, World = 1), {@code TYPE-COUNTRY} /
 * {@code TYPE-REGION} / {@code TYPE-SUBREGION}, {@code CHILDREN}; any of those selectors may end in
 * {@code @PARENT} to keep only units under PARENT ({@code TYPE-COUNTRY@002}, {@code CHILDREN@002}).
 * {@code pe}: ISO periods of any type ({@code 2025}, {@code 2025Q2}, {@code 2025-04}, {@code 2025July}); finer stored
 * periods roll up into them. {@code by}: category codes to split by. {@code columns}: order of the dimension
 * columns (default dx, ou, pe, then {@code by}). {@code nodes}, {@code partners}: filters ('' = values without
 * partner). {@code approvedOnly}: only approved values (published values with an origin count as approved).
 * {@code publicView}: approved only, plus small-cell suppression. Build with {@link #of} and the withers.
 */
public record AnalyticsQuery(List<String> dx, List<String> ou, List<String> pe, List<String> by, List<String> columns,
        Set<String> nodes, Set<String> partners, boolean approvedOnly, boolean publicView, ValueView view) {

    public AnalyticsQuery {
        dx = List.copyOf(dx);
        ou = List.copyOf(ou);
        pe = List.copyOf(pe);
        by = List.copyOf(by);
        columns = List.copyOf(columns);
        nodes = Set.copyOf(nodes);
        partners = Set.copyOf(partners);
        view = view == null ? ValueView.PERIOD : view;
    }

    public static AnalyticsQuery of(List<String> dx, List<String> ou, List<String> pe) {
        return new AnalyticsQuery(dx, ou, pe, List.of(), List.of(), Set.of(), Set.of(), false, false, ValueView.PERIOD);
    }

    public AnalyticsQuery by(List<String> categories) {
        return new AnalyticsQuery(dx, ou, pe, categories, columns, nodes, partners, approvedOnly, publicView, view);
    }

    public AnalyticsQuery columns(List<String> order) {
        return new AnalyticsQuery(dx, ou, pe, by, order, nodes, partners, approvedOnly, publicView, view);
    }

    public AnalyticsQuery nodes(Set<String> frameworkNodes) {
        return new AnalyticsQuery(dx, ou, pe, by, columns, frameworkNodes, partners, approvedOnly, publicView, view);
    }

    public AnalyticsQuery partners(Set<String> partnerCodes) {
        return new AnalyticsQuery(dx, ou, pe, by, columns, nodes, partnerCodes, approvedOnly, publicView, view);
    }

    public AnalyticsQuery approvedOnly(boolean approved) {
        return new AnalyticsQuery(dx, ou, pe, by, columns, nodes, partners, approved, publicView, view);
    }

    /** Public view: approved only and suppressed small cells. */
    public AnalyticsQuery publicView(boolean publicOnly) {
        return new AnalyticsQuery(dx, ou, pe, by, columns, nodes, partners, approvedOnly || publicOnly, publicOnly, view);
    }

    public AnalyticsQuery view(ValueView valueView) {
        return new AnalyticsQuery(dx, ou, pe, by, columns, nodes, partners, approvedOnly, publicView, valueView);
    }

    /** The dimension columns in output order. */
    public List<String> columnOrder() {
        if (!columns.isEmpty()) {
            return columns;
        }
        List<String> order = new java.util.ArrayList<>(List.of("dx", "ou", "pe"));
        order.addAll(by);
        return List.copyOf(order);
    }
}
