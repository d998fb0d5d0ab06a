package org.haven.indicator;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test org units: a fresh subnational unit below Kenya per test, so tests never collide with each other, with the
 * demo baselines and targets, or with a second run on the same database.
 */
final class TargetTestUnits {

    private TargetTestUnits() {
    }

    static String underKenya(JdbcClient jdbc) {
        String code = "KE-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String parentPath = jdbc.sql("select path from org_unit where code = 'KEN'").query(String.class).single();
        String path = parentPath + "/" + code;
        jdbc.sql("insert into org_unit (code, name, type, level, parent_code, path, version) values (:c, :n, 'SUBNATIONAL', :l, 'KEN', :p, 0)")
                .param("c", code).param("n", "Test county " + code).param("l", path.split("/").length).param("p", path)
                .update();
        return code;
    }
}
