package org.haven.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.haven.core.SeedMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 2.1: loads the bundled org units ({@code seed/orgunits.csv}, parents before children) and ISO 4217
 * currencies ({@code seed/currencies.csv}). Runs once, on H2 and PostgreSQL alike.
 */
@Component
class LoadReferenceData extends SeedMigration {

    LoadReferenceData() {
        super("2.1", "load org units and currencies");
    }

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();


    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        loadOrgUnits(c);
        loadCurrencies(c);
    }

    private static void loadOrgUnits(Connection c) throws IOException, SQLException {
        Map<String, String> paths = new HashMap<>();
        try (Reader in = open("seed/orgunits.csv");
             PreparedStatement ps = c.prepareStatement("insert into org_unit (code, name, type, level, parent_code, m49, iso2, path)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CSVRecord r : CSV.parse(in)) {
                String code = r.get("code");
                String parent = emptyToNull(r.get("parent_code"));
                String parentPath = parent == null ? null : paths.get(parent);
                if (parent != null && parentPath == null) {
                    throw new IllegalStateException("seed/orgunits.csv line " + r.getRecordNumber()
                            + ": parent " + parent + " of " + code + " must come before it");
                }
                String path = parentPath == null ? code : parentPath + "/" + code;
                paths.put(code, path);
                ps.setString(1, code);
                ps.setString(2, r.get("name"));
                ps.setString(3, OrgUnitType.valueOf(r.get("type")).name());
                ps.setInt(4, path.split("/").length);
                ps.setString(5, parent);
                ps.setString(6, emptyToNull(r.get("m49")));
                ps.setString(7, emptyToNull(r.get("iso2")));
                ps.setString(8, path);
                ps.executeUpdate();
            }
        }
    }

    private static void loadCurrencies(Connection c) throws IOException, SQLException {
        try (Reader in = open("seed/currencies.csv");
             PreparedStatement ps = c.prepareStatement("insert into currency (code, name, minor_units) values (?, ?, ?)")) {
            for (CSVRecord r : CSV.parse(in)) {
                ps.setString(1, r.get("code"));
                ps.setString(2, r.get("name"));
                ps.setInt(3, Integer.parseInt(r.get("minor_units")));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Reader open(String resource) throws IOException {
        return new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
