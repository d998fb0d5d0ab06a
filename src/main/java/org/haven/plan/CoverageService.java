package org.haven.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.core.InvalidInputException;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Service;

/** Where the Action Plan covers the framework and where it leaves gaps. Read-only: everyone logged in may see it. */
@Service
class CoverageService {

    /** The kinds of framework node activities link to, in framework order. */
    static final List<NodeKind> LINKED_KINDS = List.of(NodeKind.STRATEGIC_OBJECTIVE, NodeKind.OPERATIONAL_OBJECTIVE,
            NodeKind.PILLAR, NodeKind.TA_SERVICE, NodeKind.PRIORITY_CONTEXT, NodeKind.CONTEXT_AIM,
            NodeKind.ECOLOGICAL_LEVEL, NodeKind.KEY_CHANGE_INDICATOR, NodeKind.SDG_TARGET);

    private final CoverageStore store;
    private final FrameworkCatalog framework;
    private final OrgUnitDirectory orgUnits;

    CoverageService(CoverageStore store, FrameworkCatalog framework, OrgUnitDirectory orgUnits) {
        this.store = store;
        this.framework = framework;
        this.orgUnits = orgUnits;
    }

    /** Builds a filter from request values; an area code that names no org unit is rejected by name. */
    CoverageFilter filter(boolean includeCancelled, Boolean demo, String area) {
        CoverageFilter filter = new CoverageFilter(includeCancelled, demo, area);
        if (filter.area() != null && orgUnits.find(filter.area()).isEmpty()) {
            throw InvalidInputException.of("area", "area: unknown country or region code " + filter.area());
        }
        return filter;
    }

    CoverageMatrix matrix(CoverageAxes axes, CoverageFilter filter) {
        List<FrameworkNode> rows = framework.byKind(axes.rowKind());
        List<FrameworkNode> columns = framework.byKind(axes.columnKind());
        List<String> rowCodes = rows.stream().map(FrameworkNode::code).toList();
        List<String> columnCodes = columns.stream().map(FrameworkNode::code).toList();
        Map<String, Map<String, Integer>> counts = store.cells(rowCodes, columnCodes, filter);
        CoverageStore.Totals totals = store.totals(rowCodes, columnCodes, filter);
        List<List<Integer>> cells = new ArrayList<>();
        for (String row : rowCodes) {
            Map<String, Integer> rowCounts = counts.getOrDefault(row, Map.of());
            cells.add(columnCodes.stream().map(c -> rowCounts.getOrDefault(c, 0)).toList());
        }
        return new CoverageMatrix(axes, rows, columns, cells,
                rowCodes.stream().map(c -> totals.rows().getOrDefault(c, 0)).toList(),
                columnCodes.stream().map(c -> totals.columns().getOrDefault(c, 0)).toList(),
                totals.total());
    }

    /** Per linked kind, the non-retired nodes without any non-cancelled activity passing the filter. */
    List<CoverageGaps> gaps(CoverageFilter filter) {
        Set<String> unlinked = store.unlinked(LINKED_KINDS.stream().map(NodeKind::name).toList(), filter);
        return LINKED_KINDS.stream()
                .map(kind -> new CoverageGaps(kind,
                        framework.byKind(kind).stream().filter(n -> unlinked.contains(n.code())).toList()))
                .toList();
    }
}
