package org.haven.exchange.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.validation.Schema;

import org.haven.core.SafeXml;
import org.haven.exchange.sdmx.SdmxModel.Code;
import org.haven.exchange.sdmx.SdmxModel.Codelist;
import org.haven.exchange.sdmx.SdmxModel.Concept;
import org.haven.exchange.sdmx.SdmxModel.Observation;
import org.haven.exchange.sdmx.SdmxModel.Structure;
import org.junit.jupiter.api.Test;

/** The SDMX-ML writers on a small hand-made structure, validated against the shipped official schemas. */
class SdmxXmlWriterTest {

    static final Schema MESSAGE = SafeXml.schema(SdmxXmlWriter.STRUCTURE_SCHEMA);
    static final Schema DATA = SafeXml.schema(SdmxXmlWriter.DATA_SCHEMA);

    private static Structure structure() {
        Map<String, Codelist> lists = new LinkedHashMap<>();
        lists.put("CL_FREQ", new Codelist("CL_FREQ", "Frequency", List.of(new Code("A", "Annual"))));
        lists.put("CL_SERIES", new Codelist("CL_SERIES", "Series", List.of(new Code("VC_VAW_PHYPYV", "Children & <caregivers>"))));
        lists.put("CL_AREA", new Codelist("CL_AREA", "Area", List.of(new Code("404", "Kenya"))));
        lists.put("CL_SEX", new Codelist("CL_SEX", "Sex", List.of(new Code("_T", "Total"), new Code("F", "Female"))));
        lists.put("CL_AGE", new Codelist("CL_AGE", "Age", List.of(new Code("_T", "Total"), new Code("Y1T14", "1-14"))));
        lists.put("CL_UNIT_MEASURE", new Codelist("CL_UNIT_MEASURE", "Unit", List.of(new Code("PT", "Percent"))));
        lists.put("CL_NATURE", new Codelist("CL_NATURE", "Nature", List.of(new Code("C", "Country data"))));
        List<Concept> concepts = List.of(new Concept("FREQ", "Frequency", "CL_FREQ"), new Concept("SERIES", "Series", "CL_SERIES"),
                new Concept("REF_AREA", "Area", "CL_AREA"), new Concept("SEX", "Sex", "CL_SEX"), new Concept("AGE", "Age", "CL_AGE"),
                new Concept("TIME_PERIOD", "Time", null), new Concept("OBS_VALUE", "Value", null),
                new Concept("UNIT_MEASURE", "Unit", "CL_UNIT_MEASURE"), new Concept("NATURE", "Nature", "CL_NATURE"));
        return new Structure(lists, concepts, List.of(SdmxStructures.FLOW));
    }

    @Test
    void theStructureMessageIsValidSdmxMl30() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SdmxXmlWriter.structure(structure(), out);
        assertThat(SafeXml.validate(MESSAGE, new ByteArrayInputStream(out.toByteArray()))).isEmpty();
        assertThat(out.toString()).contains("Children &amp; &lt;caregivers");
    }

    @Test
    void theDataMessageIsValidAgainstTheDataflowSchemaAndAnInvalidOneIsNot() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SdmxXmlWriter.data(SdmxStructures.FLOW, List.of(
                new Observation("A", "VC_VAW_PHYPYV", "404", "_T", "Y1T14", "2014", new BigDecimal("71.5"), "PT", "C"),
                new Observation("Q", "VC_VAW_PHYPYV", "404", "F", "_T", "2014-Q2", new BigDecimal("3"), null, null)), out);
        assertThat(SafeXml.validate(DATA, new ByteArrayInputStream(out.toByteArray()))).isEmpty();
        String broken = out.toString().replace("FREQ=\"Q\"", "FREQ=\"X\"");
        assertThat(SafeXml.validate(DATA, new ByteArrayInputStream(broken.getBytes()))).isNotEmpty();
    }

    @Test
    void theErrorMessageIsValidSdmxMl30() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SdmxXmlWriter.error(100, "No dataflow X", out);
        assertThat(SafeXml.validate(MESSAGE, new ByteArrayInputStream(out.toByteArray()))).isEmpty();
    }
}
