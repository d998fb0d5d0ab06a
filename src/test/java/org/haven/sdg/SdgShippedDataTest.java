package org.haven.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.haven.data.DataValueQuery;
import org.haven.data.DataValueService;
import org.haven.data.StoredValue;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shipped 2020 extract is loaded on the first start, as published, and importing it again changes nothing. */
@HavenDbTest
class SdgShippedDataTest {

    @Autowired
    DataValueService values;

    @Autowired
    DataElementCatalog elements;

    @Autowired
    SdgImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void worldAndCountryValuesAreStoredAsPublishedWithNatureAndOrigin() {
        List<StoredValue> world = values.find(new DataValueQuery(List.of("VC_VAW_PHYPYV"), List.of("001"),
                List.of("2019"), false));
        assertThat(world).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("78.9");
            assertThat(v.key().categories()).isEqualTo(Map.of("AGE", "Y1T14"));
            assertThat(v.nature()).isEqualTo("E");
            assertThat(v.origin()).isEqualTo(SdgImportService.SHIPPED_ORIGIN);
            assertThat(v.demo()).isFalse();
        });
        ElementDefinition trafficking = elements.element("VC_HTF_DETVFL").orElseThrow();
        assertThat(trafficking.categories()).extracting(c -> c.code()).containsExactly("SEX", "AGE_CHILD_ADULT");
        assertThat(jdbc.sql("select aggregation_org from data_element where code = 'VC_HTF_DETVFL'")
                .query(String.class).single()).isEqualTo("NONE");
        assertThat(jdbc.sql("select node_code from indicator_node where indicator_code = 'VC_VAW_PHYPYV'")
                .query(String.class).list()).containsExactlyInAnyOrder("SDG-16.2", "SO1", "REL");
        assertThat(jdbc.sql("select international_code from indicator where code = 'VC_PRR_PHYV'")
                .query(String.class).single()).isEqualTo("SDG 16.3.1");
    }

    @Test
    void importingTheShippedExtractAgainLeavesEveryValueUnchanged() {
        SdgSummary again = imports.dryRun(SdgSource.shipped(), SdgImportService.SHIPPED_ORIGIN);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isGreaterThan(15_000);
        assertThat(again.newSeries()).isEmpty();
        assertThat(again.rejections()).allSatisfy(r -> assertThat(r.reason()).contains("is not an org unit in Haven"));
        System.out.println("SDG summary: rows=" + again.rows() + " unchanged=" + again.unchanged() + " rejected="
                + again.rejected());
    }
}
