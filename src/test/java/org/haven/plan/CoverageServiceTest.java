package org.haven.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.haven.core.InvalidInputException;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts are compared before and after this test's own inserts: other test classes share the database. */
@HavenDbTest
class CoverageServiceTest {

    private static final String PREFIX = "COVT-";

    @Autowired
    CoverageService coverage;

    @Autowired
    JdbcClient jdbc;

    private String gapNode;

    @AfterEach
    void removeTestRows() {
        jdbc.sql("delete from activity where code like :p").param("p", PREFIX + "%").update();
        if (gapNode != null) {
            jdbc.sql("delete from framework_node where code = :c").param("c", gapNode).update();
        }
    }

    @Test
    void cellsAndTotalsCountEachNonCancelledActivityLinkedToBothNodes() {
        CoverageMatrix before = coverage.matrix(CoverageAxes.PILLAR_CONTEXT, CoverageFilter.DEFAULT);
        CoverageMatrix beforeAll = coverage.matrix(CoverageAxes.PILLAR_CONTEXT, new CoverageFilter(true, null, null));
        activity("ONGOING", false, List.of(), "AWR", "CYB");
        activity("PLANNED", false, List.of(), "AWR", "CYB", "INS");
        activity("CANCELLED", false, List.of(), "AWR", "CYB");
        activity("COMPLETED", false, List.of(), "AWR");
        CoverageMatrix after = coverage.matrix(CoverageAxes.PILLAR_CONTEXT, CoverageFilter.DEFAULT);
        CoverageMatrix afterAll = coverage.matrix(CoverageAxes.PILLAR_CONTEXT, new CoverageFilter(true, null, null));

        assertThat(cell(after, "AWR", "CYB") - cell(before, "AWR", "CYB")).isEqualTo(2);
        assertThat(cell(after, "AWR", "INS") - cell(before, "AWR", "INS")).isEqualTo(1);
        assertThat(cell(after, "RES", "CYB") - cell(before, "RES", "CYB")).isZero();
        assertThat(rowTotal(after, "AWR") - rowTotal(before, "AWR")).isEqualTo(2);
        assertThat(columnTotal(after, "CYB") - columnTotal(before, "CYB")).isEqualTo(2);
        assertThat(columnTotal(after, "INS") - columnTotal(before, "INS")).isEqualTo(1);
        assertThat(after.total() - before.total()).isEqualTo(2);
        // the cancelled activity counts only when asked for
        assertThat(cell(afterAll, "AWR", "CYB") - cell(beforeAll, "AWR", "CYB")).isEqualTo(3);
        assertThat(afterAll.total() - beforeAll.total()).isEqualTo(3);
    }

    @Test
    void objectiveLevelMatrixHasEveryObjectiveAndLevel() {
        CoverageMatrix before = coverage.matrix(CoverageAxes.OBJECTIVE_LEVEL, CoverageFilter.DEFAULT);
        activity("DELAYED", false, List.of(), "SO2", "REL", "COM");
        CoverageMatrix after = coverage.matrix(CoverageAxes.OBJECTIVE_LEVEL, CoverageFilter.DEFAULT);

        assertThat(after.rows()).extracting(FrameworkNode::code).containsExactly("SO1", "SO2", "SO3");
        assertThat(after.columns()).extracting(FrameworkNode::code).containsExactly("IND", "REL", "COM", "SOC");
        assertThat(cell(after, "SO2", "REL") - cell(before, "SO2", "REL")).isEqualTo(1);
        assertThat(cell(after, "SO2", "COM") - cell(before, "SO2", "COM")).isEqualTo(1);
        assertThat(cell(after, "SO2", "IND") - cell(before, "SO2", "IND")).isZero();
        assertThat(rowTotal(after, "SO2") - rowTotal(before, "SO2")).isEqualTo(1);
    }

    @Test
    void areaFilterMatchesTheCountryAndTheRegionsAboveIt() {
        CoverageFilter kenya = coverage.filter(false, null, "KEN");
        CoverageFilter easternAfrica = coverage.filter(false, null, "014");
        CoverageFilter westernAfrica = coverage.filter(false, null, "011");
        int kenBefore = cell(coverage.matrix(CoverageAxes.OBJECTIVE_LEVEL, kenya), "SO3", "SOC");
        int eastBefore = cell(coverage.matrix(CoverageAxes.OBJECTIVE_LEVEL, easternAfrica), "SO3", "SOC");
        int westBefore = cell(coverage.matrix(CoverageAxes.OBJECTIVE_LEVEL, westernAfrica), "SO3", "SOC");
        activity("ONGOING", false, List.of("KEN"), "SO3", "SOC");

        assertThat(cell(coverage.matrix(CoverageAxes.OBJECTIVE_LEVEL, kenya), "SO3", "SOC") - kenBefore).isEqualTo(1);
        assertThat(cell(coverage.matrix(CoverageAxes.OBJECTIVE_LEVEL, easternAfrica), "SO3", "SOC") - eastBefore)
                .isEqualTo(1);
        assertThat(cell(coverage.matrix(CoverageAxes.OBJECTIVE_LEVEL, westernAfrica), "SO3", "SOC") - westBefore)
                .isZero();
    }

    @Test
    void demoFilterKeepsOrDropsDemoActivities() {
        CoverageFilter onlyDemo = new CoverageFilter(false, true, null);
        CoverageFilter noDemo = new CoverageFilter(false, false, null);
        int onlyBefore = cell(coverage.matrix(CoverageAxes.PILLAR_CONTEXT, onlyDemo), "ADV", "JUS");
        int noBefore = cell(coverage.matrix(CoverageAxes.PILLAR_CONTEXT, noDemo), "ADV", "JUS");
        activity("ONGOING", true, List.of(), "ADV", "JUS");

        assertThat(cell(coverage.matrix(CoverageAxes.PILLAR_CONTEXT, onlyDemo), "ADV", "JUS") - onlyBefore).isEqualTo(1);
        assertThat(cell(coverage.matrix(CoverageAxes.PILLAR_CONTEXT, noDemo), "ADV", "JUS") - noBefore).isZero();
    }

    @Test
    void aNodeWithoutActivitiesIsAGapUntilANonCancelledActivityLinksToIt() {
        gapNode = "COVT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("""
                insert into framework_node (code, kind, title, sort_order, retired, version, created_at, updated_at)
                values (:code, 'SDG_TARGET', 'Coverage test target', 9999, false, 0, current_timestamp, current_timestamp)
                """).param("code", gapNode).update();
        assertThat(gapCodes(NodeKind.SDG_TARGET)).contains(gapNode);

        activity("CANCELLED", false, List.of(), gapNode);
        assertThat(gapCodes(NodeKind.SDG_TARGET)).contains(gapNode);

        activity("PLANNED", false, List.of(), gapNode);
        assertThat(gapCodes(NodeKind.SDG_TARGET)).doesNotContain(gapNode);
    }

    @Test
    void gapsListEveryLinkedKindInFrameworkOrder() {
        assertThat(coverage.gaps(CoverageFilter.DEFAULT)).extracting(CoverageGaps::kind)
                .containsExactlyElementsOf(CoverageService.LINKED_KINDS);
    }

    @Test
    void unknownAreaIsRejectedByName() {
        assertThatThrownBy(() -> coverage.filter(false, null, "XXX"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("area"));
    }

    private List<String> gapCodes(NodeKind kind) {
        return coverage.gaps(CoverageFilter.DEFAULT).stream().filter(g -> g.kind() == kind)
                .flatMap(g -> g.nodes().stream()).map(FrameworkNode::code).toList();
    }

    private void activity(String status, boolean demo, List<String> areas, String... nodes) {
        String code = PREFIX + UUID.randomUUID().toString().substring(0, 12);
        jdbc.sql("""
                insert into activity (code, title, lead_implementer, status, demo, created_at, created_by, updated_at, updated_by)
                values (:code, 'Coverage test activity', 'UNODC', :status, :demo, current_timestamp, 'test',
                        current_timestamp, 'test')
                """).param("code", code).param("status", status).param("demo", demo).update();
        long id = jdbc.sql("select id from activity where code = :code").param("code", code).query(Long.class).single();
        for (String node : nodes) {
            jdbc.sql("insert into activity_node (activity_id, node_code) values (:id, :node)")
                    .param("id", id).param("node", node).update();
        }
        for (String area : areas) {
            jdbc.sql("insert into activity_area (activity_id, org_unit_code) values (:id, :area)")
                    .param("id", id).param("area", area).update();
        }
    }

    private static int cell(CoverageMatrix m, String row, String column) {
        return m.count(index(m.rows(), row), index(m.columns(), column));
    }

    private static int rowTotal(CoverageMatrix m, String row) {
        return m.rowTotals().get(index(m.rows(), row));
    }

    private static int columnTotal(CoverageMatrix m, String column) {
        return m.columnTotals().get(index(m.columns(), column));
    }

    private static int index(List<FrameworkNode> nodes, String code) {
        List<String> codes = nodes.stream().map(FrameworkNode::code).toList();
        assertThat(codes).contains(code);
        return codes.indexOf(code);
    }
}
