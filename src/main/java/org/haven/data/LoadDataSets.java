package org.haven.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.flywaydb.core.api.migration.Context;
import org.haven.core.SeedMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 6.1: the shipped data sets, grouping elements of the shipped indicator library into the forms
 * countries fill in. Data sets are configuration (not demo data), so they are loaded on every installation.
 * Elements missing from the registry are skipped.
 */
@Component
class LoadDataSets extends SeedMigration {

    private record Seed(String code, String name, PeriodType type, int openDays, List<String> elements) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("JJ_YEARLY", "Juvenile justice yearly", PeriodType.YEARLY, 180, List.of(
                    "JJ_ARRESTED", "JJ_DETAINED", "JJ_PRETRIAL_DETAINED", "JJ_PRETRIAL_DAYS", "JJ_PRETRIAL_ENDED",
                    "JJ_SENTENCED_DAYS", "JJ_SENTENCED_RELEASED", "JJ_DEATHS_IN_DETENTION", "JJ_NOT_SEPARATED",
                    "JJ_FAMILY_CONTACT", "JJ_SENTENCED", "JJ_CUSTODIAL_SENTENCE", "JJ_DIVERTED", "JJ_RELEASED",
                    "JJ_AFTERCARE", "JJ_DETENTION_PLACES", "JJ_PLACES_INSPECTED", "JJ_PLACES_COMPLAINTS",
                    "JJ_SPECIALISED_SYSTEM", "JJ_PREVENTION_PLAN")),
            new Seed("AWARENESS_QUARTERLY", "Awareness and training quarterly", PeriodType.QUARTERLY, 90, List.of(
                    "AWARENESS_REACHED", "AWARENESS_SURVEYED", "AWARENESS_IMPROVED", "PROF_TRAINED",
                    "PROF_TRAINED_TESTED", "PROF_TRAINED_IMPROVED")),
            new Seed("SDG_16_2_SURVEY", "SDG 16.2 survey", PeriodType.YEARLY, 0, List.of(
                    "SV_VIOLENT_DISCIPLINE", "SV_CHILDREN_1_14", "SV_SEXUAL_VIOLENCE_BY18", "SV_YOUNG_ADULTS_18_29")),
            new Seed("SERVICES_YEARLY", "Child victims, services and programmes yearly", PeriodType.YEARLY, 0, List.of(
                    "CHILD_VICTIMS_IDENTIFIED", "CHILD_VICTIMS_SUPPORTED", "JUS_CHILDREN_HEARD",
                    "JUS_CHILDREN_CHILD_SENSITIVE", "CHILDREN_PROGRAMMES", "CAREGIVERS_SUPPORTED",
                    "LAW_POLICY_ALIGNMENT", "NATIONAL_VAC_PLAN")));

    LoadDataSets() {
        super("6.1", "load the shipped data sets");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement set = c.prepareStatement("""
                insert into data_set (code, name, period_type, open_days_after_period_end, version, created_at, updated_at)
                values (?, ?, ?, ?, 0, ?, ?)""");
                PreparedStatement element = c.prepareStatement(
                        "insert into data_set_element (data_set_code, data_element_code, sort_order) values (?, ?, ?)");
                PreparedStatement exists = c.prepareStatement("select count(*) from data_element where code = ?")) {
            for (Seed s : SEEDS) {
                set.setString(1, s.code());
                set.setString(2, s.name());
                set.setString(3, s.type().name());
                set.setInt(4, s.openDays());
                set.setTimestamp(5, now);
                set.setTimestamp(6, now);
                set.executeUpdate();
                int order = 0;
                for (String code : s.elements()) {
                    exists.setString(1, code);
                    try (ResultSet rs = exists.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) == 0) {
                            continue;
                        }
                    }
                    element.setString(1, s.code());
                    element.setString(2, code);
                    element.setInt(3, order++);
                    element.executeUpdate();
                }
            }
        }
    }
}
