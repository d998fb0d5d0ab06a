package org.haven.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.validation.Schema;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SafeXmlTest {

    private static ByteArrayInputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <r>&x;</r>""";

    private static final String LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <lolz>&lol3;</lolz>""";

    @Test
    void parsesPlainXml() {
        Document doc = SafeXml.parse(xml("<a xmlns='urn:x'><b>1</b></a>"));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:x");
    }

    @Test
    void refusesExternalEntitiesAndEntityExpansionWhenParsing() {
        for (String hostile : List.of(XXE, LAUGHS)) {
            assertThatThrownBy(() -> SafeXml.parse(xml(hostile))).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("file: line 2: XML with a DOCTYPE");
        }
    }

    @Test
    void refusesDoctypesWhenValidatingAndReportsSchemaErrorsWithLines() {
        Schema iati = SafeXml.schema("standards/iati/iati-activities-schema.xsd");
        assertThat(SafeXml.validate(iati, xml(XXE))).singleElement().asString().contains("DOCTYPE");
        assertThat(SafeXml.validate(iati, xml(LAUGHS))).singleElement().asString().contains("DOCTYPE");
        List<String> problems = SafeXml.validate(iati, xml("<iati-activities version=\"2.03\">\n<wrong/></iati-activities>"));
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("line "));
    }

    @Test
    void loadsTheShippedSdmxSchemas() {
        assertThat(SafeXml.schema("standards/sdmx-3.0/SDMXMessage.xsd")).isNotNull();
    }
}
