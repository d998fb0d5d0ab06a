package org.haven.exchange.iati;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The iati_activity table (V21_50). Lists are stored comma-separated. */
@Repository
class IatiActivityStore {

    private final JdbcClient jdbc;

    IatiActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ImportedActivity.Stored> find(String identifier) {
        return jdbc.sql("select * from iati_activity where iati_identifier = :id").param("id", identifier)
                .query(IatiActivityStore::row).optional();
    }

    List<ImportedActivity.Stored> recent(int limit) {
        return jdbc.sql("select * from iati_activity order by imported_at desc, iati_identifier limit :limit")
                .param("limit", limit).query(IatiActivityStore::row).list();
    }

    List<ImportedActivity.Stored> ofPartner(String partnerCode) {
        return jdbc.sql("select * from iati_activity where partner_code = :code order by start_date desc nulls last, title")
                .param("code", partnerCode).query(IatiActivityStore::row).list();
    }

    long count() {
        return jdbc.sql("select count(*) from iati_activity").query(Long.class).single();
    }

    void insert(ImportedActivity a, String sourceFile, OffsetDateTime at, String by) {
        params(jdbc.sql("""
                insert into iati_activity (iati_identifier, title, description, reporting_org_ref, reporting_org_name,
                    partner_code, status_code, start_date, end_date, countries, regions, sectors, budget_total,
                    budget_currency, source_file, imported_at, imported_by, version)
                values (:id, :title, :description, :ref, :name, :partner, :status, :start, :end, :countries, :regions,
                    :sectors, :budget, :currency, :file, :at, :by, 0)"""), a, sourceFile, at, by).update();
    }

    void update(ImportedActivity a, String sourceFile, OffsetDateTime at, String by) {
        params(jdbc.sql("""
                update iati_activity set title = :title, description = :description, reporting_org_ref = :ref,
                    reporting_org_name = :name, partner_code = :partner, status_code = :status, start_date = :start,
                    end_date = :end, countries = :countries, regions = :regions, sectors = :sectors,
                    budget_total = :budget, budget_currency = :currency, source_file = :file, imported_at = :at,
                    imported_by = :by, version = version + 1
                where iati_identifier = :id"""), a, sourceFile, at, by).update();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, ImportedActivity a, String file,
            OffsetDateTime at, String by) {
        return spec.param("id", a.identifier()).param("title", a.title()).param("description", a.description())
                .param("ref", a.reportingOrgRef()).param("name", a.reportingOrgName()).param("partner", a.partnerCode())
                .param("status", a.statusCode()).param("start", a.startDate()).param("end", a.endDate())
                .param("countries", String.join(",", a.countries())).param("regions", String.join(",", a.regions()))
                .param("sectors", String.join(",", a.sectors())).param("budget", a.budgetTotal())
                .param("currency", a.budgetCurrency()).param("file", file.length() > 300 ? file.substring(0, 300) : file)
                .param("at", at).param("by", by);
    }

    private static ImportedActivity.Stored row(ResultSet rs, int n) throws SQLException {
        ImportedActivity a = new ImportedActivity(rs.getString("iati_identifier"), rs.getString("title"),
                rs.getString("description"), rs.getString("reporting_org_ref"), rs.getString("reporting_org_name"),
                rs.getString("partner_code"), rs.getString("status_code"), rs.getObject("start_date", java.time.LocalDate.class),
                rs.getObject("end_date", java.time.LocalDate.class), list(rs.getString("countries")),
                list(rs.getString("regions")), list(rs.getString("sectors")), rs.getBigDecimal("budget_total"),
                rs.getString("budget_currency"));
        return new ImportedActivity.Stored(rs.getLong("id"), a, rs.getString("source_file"),
                rs.getObject("imported_at", OffsetDateTime.class), rs.getString("imported_by"), rs.getInt("version"));
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).toList();
    }
}
