package org.haven.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class FrameworkHistoryTest {

    static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2023-11-01T00:00:00Z");
    static final OffsetDateTime RENAMED = OffsetDateTime.parse("2024-03-10T14:00:00Z");

    static NodeState so1(String title) {
        return new NodeState("SO1", NodeKind.STRATEGIC_OBJECTIVE, null, title, "Prevention", null, 0, false);
    }

    final List<HistoryRow> rows = List.of(
            new HistoryRow(1, so1("Old title"), PUBLISHED, RENAMED, "system", "published"),
            new HistoryRow(2, so1("New title"), RENAMED, null, "mel", "clearer wording"),
            new HistoryRow(3, new NodeState("SO2", NodeKind.STRATEGIC_OBJECTIVE, null, "Response", null, null, 1, false),
                    PUBLISHED, null, "system", "published"));

    @Test
    void aDateMeansTheEndOfThatDayInUtc() {
        assertThat(FrameworkHistory.endOf(LocalDate.of(2023, 11, 1))).isEqualTo(OffsetDateTime.parse("2023-11-02T00:00:00Z"));
    }

    @Test
    void asOfPicksTheRowValidAtTheEndOfTheDay() {
        assertThat(FrameworkHistory.asOf(rows, LocalDate.of(2024, 3, 9))).extracting(NodeState::title)
                .containsExactly("Old title", "Response");
        assertThat(FrameworkHistory.asOf(rows, LocalDate.of(2024, 3, 10))).extracting(NodeState::title)
                .containsExactly("New title", "Response");
    }

    @Test
    void beforeTheFirstRowTheFrameworkIsEmpty() {
        assertThat(FrameworkHistory.asOf(rows, LocalDate.of(2023, 10, 31))).isEmpty();
    }

    @Test
    void aRowClosedExactlyAtMidnightStillCountsForThePreviousDay() {
        List<HistoryRow> closedAtMidnight = List.of(
                new HistoryRow(1, so1("Old"), PUBLISHED, OffsetDateTime.parse("2024-01-02T00:00:00Z"), "system", null),
                new HistoryRow(2, so1("New"), OffsetDateTime.parse("2024-01-02T00:00:00Z"), null, "mel", null));
        assertThat(FrameworkHistory.asOf(closedAtMidnight, LocalDate.of(2024, 1, 1))).extracting(NodeState::title)
                .containsExactly("Old");
        assertThat(FrameworkHistory.asOf(closedAtMidnight, LocalDate.of(2024, 1, 2))).extracting(NodeState::title)
                .containsExactly("New");
    }

    @Test
    void compareFindsAddedRetiredAndChangedNodes() {
        List<NodeState> then = FrameworkHistory.asOf(rows, LocalDate.of(2024, 1, 1));
        NodeState so2Retired = new NodeState("SO2", NodeKind.STRATEGIC_OBJECTIVE, null, "Response", null, null, 1, true);
        NodeState so4 = new NodeState("SO4", NodeKind.STRATEGIC_OBJECTIVE, null, "New objective", null, null, 3, false);
        FrameworkHistory.Comparison c = FrameworkHistory.compare(then, List.of(so1("New title"), so2Retired, so4));

        assertThat(c.added()).extracting(NodeState::code).containsExactly("SO4");
        assertThat(c.retired()).extracting(ch -> ch.before().code()).containsExactly("SO2");
        assertThat(c.changed()).hasSize(1);
        assertThat(c.changed().get(0).diffs())
                .containsExactly(new FrameworkHistory.FieldDiff("title", "Old title", "New title"));
    }

    @Test
    void anUnchangedFrameworkComparesEmpty() {
        List<NodeState> now = FrameworkHistory.asOf(rows, LocalDate.of(2025, 1, 1));
        assertThat(FrameworkHistory.compare(now, now).isEmpty()).isTrue();
    }

    @Test
    void treeNestsChildrenAndHidesRetiredNodesUnlessAsked() {
        List<NodeState> nodes = List.of(
                new NodeState("TA", NodeKind.PILLAR, null, "Technical assistance", null, null, 4, false),
                new NodeState("RES", NodeKind.PILLAR, null, "Research", null, null, 0, false),
                new NodeState("TA-B", NodeKind.TA_SERVICE, "TA", "Legal advice", null, null, 1, false),
                new NodeState("TA-A", NodeKind.TA_SERVICE, "TA", "Research", null, null, 0, false),
                new NodeState("TA-X", NodeKind.TA_SERVICE, "TA", "Retired service", null, null, 2, true),
                so1("Prevention"));
        List<FrameworkTree.Section> sections = FrameworkTree.sections(nodes, false);
        assertThat(sections).extracting(FrameworkTree.Section::kind)
                .containsExactly(NodeKind.STRATEGIC_OBJECTIVE, NodeKind.PILLAR);
        FrameworkTree.TreeNode ta = sections.get(1).nodes().get(1);
        assertThat(ta.node().code()).isEqualTo("TA");
        assertThat(ta.children()).extracting(t -> t.node().code()).containsExactly("TA-A", "TA-B");
        assertThat(FrameworkTree.sections(nodes, true).get(1).nodes().get(1).children()).hasSize(3);
    }
}
