package org.haven.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Test nodes are UNODC units with random codes, so they never touch the seed framework other tests rely on. */
@HavenDbTest
class FrameworkServiceTest {

    @Autowired
    FrameworkService framework;

    @Autowired
    JdbcClient jdbc;

    static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    FrameworkNode unit(String code, String title) {
        return framework.create(new NodeInput.Draft("IMPLEMENTER", code, "UNODC", title, null, null, "test unit"));
    }

    long historyRows(String code) {
        return jdbc.sql("select count(*) from framework_node_history where code = :c").param("c", code)
                .query(Long.class).single();
    }

    long auditRows(String code, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'framework_node' and entity_id = :c and action = :a")
                .param("c", code).param("a", action).query(Long.class).single();
    }

    long openHistoryRows(String code) {
        return jdbc.sql("select count(*) from framework_node_history where code = :c and valid_to is null")
                .param("c", code).query(Long.class).single();
    }

    @Test
    @WithUserDetails("mel")
    void createWritesAHistoryRowAndAnAuditRow() {
        String code = code();
        FrameworkNode created = unit(code, "Test unit");
        assertThat(created.parentCode()).isEqualTo("UNODC");
        assertThat(created.version()).isZero();
        assertThat(historyRows(code)).isEqualTo(1);
        assertThat(auditRows(code, "CREATE")).isEqualTo(1);
        HistoryRow row = framework.historyOf(code).get(0);
        assertThat(row.changedBy()).isEqualTo("mel");
        assertThat(row.changeNote()).isEqualTo("test unit");
    }

    @Test
    @WithUserDetails("mel")
    void renameWritesAHistoryRowAndAnAuditRowAndClosesTheOldRow() {
        String code = code();
        FrameworkNode created = unit(code, "Before");
        FrameworkNode renamed = framework.edit(code, new NodeInput.Edit("After", "Short", "Described", created.version(), "renamed"));
        assertThat(renamed.title()).isEqualTo("After");
        assertThat(renamed.version()).isEqualTo(created.version() + 1);
        assertThat(historyRows(code)).isEqualTo(2);
        assertThat(openHistoryRows(code)).isEqualTo(1);
        assertThat(auditRows(code, "UPDATE")).isEqualTo(1);
        assertThat(framework.historyOf(code)).extracting(h -> h.state().title()).containsExactly("After", "Before");
    }

    @Test
    @WithUserDetails("admin")
    void reorderSwapsSortOrderWithTheSiblingAndRecordsBoth() {
        String first = code();
        String second = code();
        FrameworkNode a = unit(first, "First");
        FrameworkNode b = unit(second, "Second");
        FrameworkNode moved = framework.move(second, true, b.version(), "up");
        assertThat(moved.sortOrder()).isEqualTo(a.sortOrder());
        assertThat(framework.get(first).sortOrder()).isEqualTo(b.sortOrder());
        assertThat(historyRows(first)).isEqualTo(2);
        assertThat(historyRows(second)).isEqualTo(2);
        assertThat(auditRows(first, "UPDATE")).isEqualTo(1);
        assertThat(auditRows(second, "UPDATE")).isEqualTo(1);
    }

    @Test
    @WithUserDetails("mel")
    void retireAndRestoreWriteHistoryAndAuditRows() {
        String code = code();
        FrameworkNode created = unit(code, "To retire");
        FrameworkNode retired = framework.setRetired(code, true, created.version(), "no longer used");
        assertThat(retired.retired()).isTrue();
        assertThat(historyRows(code)).isEqualTo(2);
        assertThat(auditRows(code, "UPDATE")).isEqualTo(1);
        assertThat(framework.historyOf(code).get(0).state().retired()).isTrue();
        FrameworkNode restored = framework.setRetired(code, false, retired.version(), null);
        assertThat(restored.retired()).isFalse();
        assertThat(historyRows(code)).isEqualTo(3);
        assertThat(auditRows(code, "UPDATE")).isEqualTo(2);
    }

    @Test
    @WithUserDetails("mel")
    void asOfYesterdayComparedWithTodayShowsARename() {
        String code = code();
        FrameworkNode created = unit(code, "Yesterday's title");
        // the node has existed since before yesterday
        jdbc.sql("update framework_node_history set valid_from = :at where code = :c")
                .param("at", OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).param("c", code).update();
        framework.edit(code, new NodeInput.Edit("Today's title", null, null, created.version(), "clearer"));

        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        assertThat(framework.asOf(yesterday)).filteredOn(n -> n.code().equals(code))
                .extracting(NodeState::title).containsExactly("Yesterday's title");
        FrameworkHistory.Comparison comparison = framework.compareWithToday(yesterday);
        assertThat(comparison.changed()).filteredOn(c -> c.before().code().equals(code)).singleElement()
                .satisfies(c -> assertThat(c.diffs()).containsExactly(
                        new FrameworkHistory.FieldDiff("title", "Yesterday's title", "Today's title")));
        assertThat(comparison.added()).extracting(NodeState::code).doesNotContain(code);
    }

    @Test
    @WithUserDetails("mel")
    void aStaleVersionIsAConflictAndChangesNothing() {
        String code = code();
        FrameworkNode created = unit(code, "Original");
        framework.edit(code, new NodeInput.Edit("First edit", null, null, created.version(), null));
        assertThatThrownBy(() -> framework.edit(code, new NodeInput.Edit("Second edit", null, null, created.version(), null)))
                .isInstanceOf(ConflictException.class);
        assertThat(framework.get(code).title()).isEqualTo("First edit");
        assertThat(historyRows(code)).isEqualTo(2);
    }

    @Test
    @WithUserDetails("mel")
    void parentMustExistAndFitAndCodesMustBeNewAndWellFormed() {
        assertThatThrownBy(() -> framework.create(new NodeInput.Draft("TA_SERVICE", code(), "NO-SUCH-NODE", "x", null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("parentCode"));
        assertThatThrownBy(() -> framework.create(new NodeInput.Draft("TA_SERVICE", code(), "SO1", "x", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("parentCode");
        assertThatThrownBy(() -> framework.create(new NodeInput.Draft("SDG_TARGET", code(), null, "x", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("parentCode");
        assertThatThrownBy(() -> framework.create(new NodeInput.Draft("PILLAR", "SO1", null, "x", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("code SO1 is already used");
        assertThatThrownBy(() -> framework.create(new NodeInput.Draft("PILLAR", "bad code", null, "", null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("code", "title"));
        assertThatThrownBy(() -> framework.create(new NodeInput.Draft("NOT_A_KIND", code(), null, "x", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kind NOT_A_KIND");
    }

    @Test
    @WithUserDetails("viewer")
    void viewersMayNotChangeTheFramework() {
        assertThatThrownBy(() -> unit(code(), "Not allowed")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> framework.edit("SO1", new NodeInput.Edit("x", null, null, 0, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(framework.get("SO1").title()).isNotEqualTo("x");
    }
}
