package org.haven.exchange.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.haven.data.Period;
import org.junit.jupiter.api.Test;

/** Reading SDMX-CSV files and SDMX time periods: row numbers, limits, encodings, columns. */
class SdmxCsvReaderTest {

    @Test
    void rowsAreNumberedAsInTheFileWithTheHeaderAsRowOne() throws Exception {
        String csv = "\uFEFF" + SdmxApiTest.HEADER + "\n" + SdmxApiTest.FLOW + "A,VC_IHR_PSRC,404,F,_T,2014,2.2,,\n\n"
                + SdmxApiTest.FLOW + "A,VC_IHR_PSRC,404,M,_T,2014,3,,C\n";
        List<SdmxCsvReader.Row> rows = SdmxCsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(SdmxCsvReader.Row::row).containsExactly(2L, 3L);
        assertThat(rows.get(1).get("NATURE")).isEqualTo("C");
        assertThat(rows.get(0).get("SEX")).isEqualTo("F");
    }

    @Test
    void largeNonUtf8AndIncompleteFilesAreUnreadable() {
        InputStream huge = new InputStream() {
            private long left = SdmxCsvReader.MAX_BYTES + 10L;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        };
        assertThatThrownBy(() -> SdmxCsvReader.readLimited(huge)).hasMessageContaining("larger than 20 MB");
        assertThatThrownBy(() -> SdmxCsvReader.read((SdmxApiTest.HEADER + "\nCôte").getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> SdmxCsvReader.read("FREQ,SERIES\nA,X\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("missing columns REF_AREA, SEX, AGE, TIME_PERIOD, OBS_VALUE");
        assertThatThrownBy(() -> SdmxCsvReader.read(" \n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("empty");
    }

    @Test
    void periodsMapToFreqAndTimePeriodAndBack() {
        assertThat(SdmxTime.of(Period.parse("2025Q2"))).containsExactly("Q", "2025-Q2");
        assertThat(SdmxTime.of(Period.parse("2025-04"))).containsExactly("M", "2025-04");
        assertThat(SdmxTime.of(Period.parse("2025July"))).isNull();
        assertThat(SdmxTime.parse("Q", "2025-Q2").iso()).isEqualTo("2025Q2");
        assertThat(SdmxTime.parse("A", "2025").iso()).isEqualTo("2025");
        assertThatThrownBy(() -> SdmxTime.parse("M", "2025")).hasMessageContaining("is not a period of FREQ M");
        assertThatThrownBy(() -> SdmxTime.parse("W", "2025-W01")).hasMessageContaining("FREQ 'W' is not a code of CL_FREQ");
    }

    @Test
    void unitsAndOptionsMapToSdmxCodes() {
        assertThat(SdmxStructures.unitCode("%")).isEqualTo("PT");
        assertThat(SdmxStructures.unitCode("per 100,000 population")).isEqualTo("PER_100000_POP");
        assertThat(SdmxStructures.unitCode("number")).isEqualTo("NUMBER");
        assertThat(SdmxStructures.unitCode("cases per teacher")).isNull();
        assertThat(SdmxStructures.sexCode("U")).isEqualTo("_U");
        assertThat(SdmxStructures.sexCode(null)).isEqualTo("_T");
        assertThat(SdmxStructures.ageCode("UNK")).isEqualTo("_U");
        assertThat(SdmxStructures.ageCode("Y30T44")).isEqualTo("Y30T44");
        assertThat(SdmxStructures.ageCode("VICTIM")).isNull();
    }
}
