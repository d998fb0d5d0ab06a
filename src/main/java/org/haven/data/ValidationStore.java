package org.haven.data;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes validation rules and the violations recorded when values change. */
@Repository
class ValidationStore {

    /** A violation as recorded: rule code, org unit, period, both values and when it was found. */
    record RecordedViolation(String ruleCode, String orgUnit, String period, BigDecimal left, BigDecimal right,
            OffsetDateTime detectedAt) {
    }

    private final JdbcClient jdbc;

    ValidationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ValidationRule> rules() {
        return jdbc.sql("select * from validation_rule order by code").query((rs, n) -> rule(rs)).list();
    }

    Optional<ValidationRule> rule(String code) {
        return jdbc.sql("select * from validation_rule where code = :code").param("code", code)
                .query((rs, n) -> rule(rs)).optional();
    }

    void insert(ValidationRule r) {
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into validation_rule (code, name, description, left_expr, operator, right_expr, severity,
                    missing_as_zero, version, created_at, updated_at)
                values (:code, :name, :description, :left, :operator, :right, :severity, :zero, 0, :now, :now)""")
                .params(params(r)).param("now", now).update();
    }

    boolean update(ValidationRule r, int version) {
        return jdbc.sql("""
                update validation_rule set name = :name, description = :description, left_expr = :left,
                    operator = :operator, right_expr = :right, severity = :severity, missing_as_zero = :zero,
                    version = version + 1, updated_at = :now
                where code = :code and version = :version""")
                .params(params(r)).param("now", now()).param("version", version).update() == 1;
    }

    /** Replaces the recorded violations of the given rules for the given org units and periods. */
    void replaceViolations(Collection<String> rules, Collection<String> orgUnits, Collection<String> periods,
            List<ValidationViolation> found) {
        if (!rules.isEmpty() && !orgUnits.isEmpty() && !periods.isEmpty()) {
            jdbc.sql("delete from validation_violation where rule_code in (:rules) and org_unit in (:units) and period in (:periods)")
                    .param("rules", rules).param("units", orgUnits).param("periods", periods).update();
        }
        OffsetDateTime now = now();
        for (ValidationViolation v : found) {
            jdbc.sql("delete from validation_violation where rule_code = :rule and org_unit = :unit and period = :period")
                    .param("rule", v.rule().code()).param("unit", v.orgUnit()).param("period", v.period()).update();
            jdbc.sql("""
                    insert into validation_violation (rule_code, org_unit, period, left_value, right_value, detected_at)
                    values (:rule, :unit, :period, :left, :right, :now)""")
                    .param("rule", v.rule().code()).param("unit", v.orgUnit()).param("period", v.period())
                    .param("left", BigDecimal.valueOf(v.left())).param("right", BigDecimal.valueOf(v.right()))
                    .param("now", now).update();
        }
    }

    /** Recorded violations, newest first, at most {@code limit}. */
    List<RecordedViolation> recorded(int limit) {
        return jdbc.sql("select * from validation_violation order by detected_at desc, id desc limit :n")
                .param("n", limit)
                .query((rs, n) -> new RecordedViolation(rs.getString("rule_code"), rs.getString("org_unit"),
                        rs.getString("period"), rs.getBigDecimal("left_value"), rs.getBigDecimal("right_value"),
                        rs.getObject("detected_at", OffsetDateTime.class))).list();
    }

    private static Map<String, Object> params(ValidationRule r) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", r.code());
        p.put("name", r.name());
        p.put("description", r.description());
        p.put("left", r.left());
        p.put("operator", r.operator().symbol());
        p.put("right", r.right());
        p.put("severity", r.severity().name());
        p.put("zero", r.missingAsZero());
        return p;
    }

    private static ValidationRule rule(ResultSet rs) throws SQLException {
        return new ValidationRule(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("description"), rs.getString("left_expr"),
                ValidationOperator.ofSymbol(rs.getString("operator")), rs.getString("right_expr"),
                ValidationSeverity.valueOf(rs.getString("severity")), rs.getBoolean("missing_as_zero"),
                rs.getInt("version"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
