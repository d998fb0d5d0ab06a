package org.haven.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Org units and currencies read from the database. */
@Repository
@Transactional(readOnly = true)
class JdbcReferenceData implements OrgUnitDirectory, CurrencyDirectory {

    private final JdbcClient jdbc;

    JdbcReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrgUnit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from org_unit where code = :code").param("code", code.trim().toUpperCase())
                .query(JdbcReferenceData::orgUnit).optional();
    }

    @Override
    public boolean isCountry(String code) {
        return find(code).filter(u -> u.type() == OrgUnitType.COUNTRY).isPresent();
    }

    @Override
    public List<OrgUnit> countries() {
        return jdbc.sql("select * from org_unit where type = 'COUNTRY' order by name").query(JdbcReferenceData::orgUnit).list();
    }

    @Override
    public List<OrgUnit> list(Integer level, String parentCode, OrgUnitType type) {
        return jdbc.sql("""
                select * from org_unit
                where (cast(:level as integer) is null or level = :level)
                  and (cast(:parent as varchar(20)) is null or parent_code = :parent)
                  and (cast(:type as varchar(30)) is null or type = :type)
                order by path""")
                .param("level", level).param("parent", parentCode == null || parentCode.isBlank() ? null : parentCode.trim().toUpperCase())
                .param("type", type == null ? null : type.name())
                .query(JdbcReferenceData::orgUnit).list();
    }

    @Override
    public List<OrgUnit> regions() {
        return jdbc.sql("select * from org_unit where type in ('WORLD', 'REGION', 'SUBREGION', 'INTERMEDIATE_REGION') order by path")
                .query(JdbcReferenceData::orgUnit).list();
    }

    @Override
    public Optional<String> iso2(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select iso2 from org_unit where code = :code and iso2 is not null")
                .param("code", code.trim().toUpperCase()).query(String.class).optional();
    }

    @Override
    public Optional<OrgUnit> findByIso2(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from org_unit where iso2 = :iso2").param("iso2", iso2.trim().toUpperCase())
                .query(JdbcReferenceData::orgUnit).optional();
    }

    @Override
    public boolean exists(String currencyCode) {
        return currencyCode != null && jdbc.sql("select count(*) from currency where code = :c")
                .param("c", currencyCode.trim().toUpperCase()).query(Integer.class).single() > 0;
    }

    @Override
    public List<Currency> all() {
        return jdbc.sql("select * from currency order by code")
                .query((rs, n) -> new Currency(rs.getString("code"), rs.getString("name"), rs.getInt("minor_units"))).list();
    }

    private static OrgUnit orgUnit(ResultSet rs, int n) throws SQLException {
        return new OrgUnit(rs.getString("code"), rs.getString("name"), OrgUnitType.valueOf(rs.getString("type")),
                rs.getInt("level"), rs.getString("parent_code"), rs.getString("m49"), rs.getString("path"));
    }
}
