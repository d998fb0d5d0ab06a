package org.haven.data;

import java.util.List;

import org.haven.partner.PartnerPageContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Data they reported" on a partner's page: the data values attributed to the partner, one line per data element and
 * org unit with how many values and which periods, linking to the stored values.
 */
@Component
class DataPartnerSection implements PartnerPageContributor {

    private static final int MAX_LINES = 50;

    private final JdbcClient jdbc;

    DataPartnerSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String titleKey() {
        return "data.partnerSection.title";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerPageItem> items(String partnerCode) {
        return jdbc.sql("""
                select v.data_element_code, e.name, v.org_unit_code, count(*) as n, min(v.period) as first_period,
                    max(v.period) as last_period
                from data_value v join data_element e on e.code = v.data_element_code
                where v.partner_code = :partner
                group by v.data_element_code, e.name, v.org_unit_code
                order by e.name, v.org_unit_code
                limit :max""")
                .param("partner", partnerCode == null ? "#none" : partnerCode).param("max", MAX_LINES)
                .query((rs, n) -> new PartnerPageItem(rs.getString("name") + " · " + rs.getString("org_unit_code"),
                        rs.getLong("n") + (rs.getLong("n") == 1 ? " value, " : " values, ")
                                + (rs.getString("first_period").equals(rs.getString("last_period")) ? rs.getString("first_period")
                                        : rs.getString("first_period") + " – " + rs.getString("last_period")),
                        UriComponentsBuilder.fromPath("/data/values").queryParam("dataElement", rs.getString("data_element_code"))
                                .queryParam("orgUnit", rs.getString("org_unit_code")).build().toUriString()))
                .list();
    }
}
