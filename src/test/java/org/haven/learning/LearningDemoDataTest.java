package org.haven.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.haven.core.DemoDataOwner;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo workspace has labelled demo evaluations, recommendations (overdue ones among them) and lessons linked to
 * the demo activities and framework nodes; each table's DemoDataOwner counts and removes them, audited, in the
 * caller's transaction (rolled back here so other tests keep the demo).
 */
@HavenDbTest
class LearningDemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<DemoDataOwner> owners;

    @Autowired
    TransactionTemplate tx;

    @Test
    void demoRowsAreLabelledAndLinkedToDemoActivitiesAndNodes() {
        assertThat(count("select count(*) from learning_evaluation where demo = true and title like '[DEMO] %'"))
                .isEqualTo(3);
        assertThat(count("select count(*) from learning_evaluation where demo = true and title not like '[DEMO] %'"))
                .isZero();
        assertThat(count("select count(*) from learning_lesson where demo = true and title like '[DEMO] %'")).isEqualTo(8);
        assertThat(count("select count(*) from learning_recommendation where demo = true")).isEqualTo(7);
        assertThat(count("""
                select count(distinct a.code) from learning_lesson_activity la join activity a on a.id = la.activity_id
                join learning_lesson l on l.id = la.lesson_id where l.demo = true and a.code like 'DEMO-%'"""))
                .isGreaterThanOrEqualTo(7);
        assertThat(count("select count(*) from learning_evaluation_activity ea join learning_evaluation e"
                + " on e.id = ea.evaluation_id where e.demo = true")).isGreaterThanOrEqualTo(6);
        assertThat(count("select count(*) from learning_lesson_context c join learning_lesson l on l.id = c.lesson_id"
                + " where l.demo = true")).isEqualTo(7);
        assertThat(count("select count(*) from learning_recommendation where demo = true and due_date < current_date"
                + " and follow_up_status <> 'COMPLETED'")).isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from audit_event where entity_type like 'learning_%' and actor = 'system'"
                + " and action = 'CREATE'")).isGreaterThanOrEqualTo(18);
    }

    @Test
    void eachTableHasADemoOwnerThatRemovesItsDemoRowsAuditedInTheCallersTransaction() {
        List<DemoDataOwner> learning = owners.stream().filter(o -> o.labelKey().startsWith("demo.owner.learning")).toList();
        assertThat(learning).extracting(DemoDataOwner::labelKey).containsExactlyInAnyOrder(
                "demo.owner.learningEvaluations", "demo.owner.learningRecommendations", "demo.owner.learningLessons");
        long realEvaluations = count("select count(*) from learning_evaluation where demo = false");
        long realLessons = count("select count(*) from learning_lesson where demo = false");
        tx.executeWithoutResult(status -> {
            long deletesBefore = count("select count(*) from audit_event where entity_type like 'learning_%'"
                    + " and action = 'DELETE'");
            assertThat(learning).allSatisfy(owner -> assertThat(owner.count()).isPositive());
            long removed = 0;
            for (DemoDataOwner owner : learning) {
                removed += owner.remove();
            }
            assertThat(learning).allSatisfy(owner -> assertThat(owner.count()).isZero());
            // removing an evaluation takes its recommendations with it, so the recommendations owner may find none
            assertThat(removed).isIn(3L + 8, 3L + 7 + 8);
            assertThat(count("select count(*) from learning_recommendation where demo = true")).isZero();
            assertThat(count("select count(*) from learning_evaluation where demo = false")).isEqualTo(realEvaluations);
            assertThat(count("select count(*) from learning_lesson where demo = false")).isEqualTo(realLessons);
            assertThat(count("select count(*) from audit_event where entity_type like 'learning_%' and action = 'DELETE'"))
                    .isEqualTo(deletesBefore + 3 + 7 + 8);
            status.setRollbackOnly();
        });
        assertThat(count("select count(*) from learning_evaluation where demo = true")).isEqualTo(3);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
