package org.haven.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.haven.indicator.PublishedSeries.Kind;
import org.junit.jupiter.api.Test;

/** Both layouts' codes read into Haven's: DDF ids (1_14, lt18y, bothsex) and SDG API codes (1-14, <18Y, _T). */
class SdgCodesTest {

    @Test
    void agesFromEitherLayoutBecomeTheSameBands() {
        assertThat(SdgCodes.age("1_14").code()).isEqualTo("Y1T14");
        assertThat(SdgCodes.age("1-14").code()).isEqualTo("Y1T14");
        assertThat(SdgCodes.age("Y1T14").code()).isEqualTo("Y1T14");
        assertThat(SdgCodes.age("lt18y").code()).isEqualTo("Y0T17");
        assertThat(SdgCodes.age("<18Y").code()).isEqualTo("Y0T17");
        assertThat(SdgCodes.age("18").code()).isEqualTo("Y_GE18");
        assertThat(SdgCodes.age("18+").code()).isEqualTo("Y_GE18");
        assertThat(SdgCodes.age("Y_GE18").code()).isEqualTo("Y_GE18");
        assertThat(SdgCodes.age("lt_45y").code()).isEqualTo("Y0T45");
        assertThat(SdgCodes.age("m36t47").code()).isEqualTo("M36T47");
        assertThat(SdgCodes.age("15_49").from()).isEqualTo(15);
        assertThat(SdgCodes.age("15_49").to()).isEqualTo(49);
        assertThat(SdgCodes.age("allage")).isNull();
        assertThat(SdgCodes.age("ALLAGE")).isNull();
        assertThat(SdgCodes.age("_T")).isNull();
        assertThatThrownBy(() -> SdgCodes.age("adults")).hasMessageContaining("unknown age 'adults'");
    }

    @Test
    void sexesNaturesUnitsYearsAndValues() {
        assertThat(SdgCodes.sex("female")).isEqualTo("F");
        assertThat(SdgCodes.sex("MALE")).isEqualTo("M");
        assertThat(SdgCodes.sex("bothsex")).isNull();
        assertThat(SdgCodes.sex("_T")).isNull();
        assertThat(SdgCodes.sex("_U")).isEqualTo("U");
        assertThatThrownBy(() -> SdgCodes.sex("_X")).hasMessageContaining("unknown sex");
        assertThat(SdgCodes.nature("ca")).isEqualTo("CA");
        assertThat(SdgCodes.nature("notspec")).isNull();
        assertThat(SdgCodes.unit("percent").kind()).isEqualTo(Kind.PERCENTAGE);
        assertThat(SdgCodes.unit("PER_MARW_20T24Y").text()).isEqualTo(SdgCodes.unit("PERCENT").text());
        assertThat(SdgCodes.unit("per_100000_pop").text()).isEqualTo("per 100,000 population");
        assertThat(SdgCodes.unit("NUMBER").kind()).isEqualTo(Kind.COUNT);
        assertThatThrownBy(() -> SdgCodes.unit("INDEX")).hasMessageContaining("cannot be stored as published");
        assertThat(SdgCodes.year("2019.0")).isEqualTo("2019");
        assertThatThrownBy(() -> SdgCodes.year("2015-2017")).hasMessageContaining("not a year");
        assertThat(SdgCodes.value("0.0904397").toPlainString()).isEqualTo("0.090440");
        assertThatThrownBy(() -> SdgCodes.value("<5")).hasMessageContaining("not a number");
        assertThat(SdgCodes.m49("004")).isEqualTo(4);
    }
}
