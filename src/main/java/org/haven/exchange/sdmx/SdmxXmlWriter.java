package org.haven.exchange.sdmx;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.haven.exchange.sdmx.SdmxModel.Code;
import org.haven.exchange.sdmx.SdmxModel.Codelist;
import org.haven.exchange.sdmx.SdmxModel.Concept;
import org.haven.exchange.sdmx.SdmxModel.Dataflow;
import org.haven.exchange.sdmx.SdmxModel.Observation;
import org.haven.exchange.sdmx.SdmxModel.Structure;

/**
 * SDMX-ML 3.0 messages written with StAX: the structure message (codelists, concept scheme, dataflows, data
 * structure), the structure-specific data message (all dimensions at the observation level, described by the
 * dataflow schema {@value #DATA_SCHEMA}) and the error message.
 */
final class SdmxXmlWriter {

    static final String STRUCTURE_MEDIA_TYPE = "application/vnd.sdmx.structure+xml;version=3.0.0";
    static final String DATA_MEDIA_TYPE = "application/vnd.sdmx.structurespecificdata+xml;version=3.0.0";
    static final String STRUCTURE_SCHEMA = "standards/sdmx-3.0/SDMXMessage.xsd";
    static final String DATA_SCHEMA = "standards/sdmx-sdg/HAVEN_DF_SDG_VAC_1.0.xsd";
    static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message";
    static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/structure";
    static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common";
    static final String SS = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/data/structurespecific";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SdmxXmlWriter() {
    }

    /** The namespace of the structure-specific data of a dataflow, all dimensions at the observation level. */
    static String dataNamespace(Dataflow flow) {
        return flow.urn() + ":ObsLevelDim:AllDimensions";
    }

    private static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        return w;
    }

    private static void header(XMLStreamWriter w, String prefix) throws XMLStreamException {
        w.writeStartElement(MES, "Header");
        text(w, MES, "ID", prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        text(w, MES, "Test", "false");
        text(w, MES, "Prepared", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        w.writeEmptyElement(MES, "Sender");
        w.writeAttribute("id", SdmxModel.AGENCY);
    }

    private static void text(XMLStreamWriter w, String ns, String name, String value) throws XMLStreamException {
        w.writeStartElement(ns, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void name(XMLStreamWriter w, String value) throws XMLStreamException {
        w.writeStartElement(COM, "Name");
        w.writeAttribute("xml", XML, "lang", "en");
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void maintainable(XMLStreamWriter w, String element, String urn, String id, String name)
            throws XMLStreamException {
        w.writeStartElement(STR, element);
        w.writeAttribute("urn", urn);
        w.writeAttribute("id", id);
        w.writeAttribute("agencyID", SdmxModel.AGENCY);
        w.writeAttribute("version", SdmxModel.VERSION);
        w.writeAttribute("isExternalReference", "false");
        name(w, name);
    }

    /** Which artefacts a structure message carries. */
    enum Part {
        CODELISTS, CONCEPTS, DATAFLOWS, DATASTRUCTURES
    }

    /** The structure message: codelists, the concept scheme, the dataflows and the data structure. */
    static void structure(Structure s, OutputStream out) throws XMLStreamException {
        structure(s, java.util.EnumSet.allOf(Part.class), null, out);
    }

    /**
     * A structure message with the chosen artefacts; {@code codelist} limits the codelists to the one with that id
     * (null for all).
     */
    static void structure(Structure s, java.util.Set<Part> parts, String codelist, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter w = open(out);
        w.setPrefix("mes", MES);
        w.setPrefix("str", STR);
        w.setPrefix("com", COM);
        w.writeStartElement(MES, "Structure");
        w.writeNamespace("mes", MES);
        w.writeNamespace("str", STR);
        w.writeNamespace("com", COM);
        header(w, "STR");
        w.writeEndElement();
        w.writeStartElement(MES, "Structures");
        if (parts.contains(Part.CODELISTS)) {
            codelists(w, s, codelist);
        }
        if (parts.contains(Part.CONCEPTS)) {
            concepts(w, s);
        }
        if (parts.contains(Part.DATAFLOWS)) {
            dataflows(w, s);
        }
        if (parts.contains(Part.DATASTRUCTURES)) {
            w.writeStartElement(STR, "DataStructures");
            dataStructure(w, s);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    private static void codelists(XMLStreamWriter w, Structure s, String only) throws XMLStreamException {
        w.writeStartElement(STR, "Codelists");
        for (Codelist list : s.codelists().values().stream().sorted(java.util.Comparator.comparing(Codelist::id))
                .filter(l -> only == null || l.id().equals(only)).toList()) {
            maintainable(w, "Codelist", SdmxModel.codelistUrn(list.id()), list.id(), list.name());
            for (Code c : list.codes()) {
                w.writeStartElement(STR, "Code");
                w.writeAttribute("id", c.id());
                name(w, c.name() == null || c.name().isBlank() ? c.id() : c.name());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void concepts(XMLStreamWriter w, Structure s) throws XMLStreamException {
        w.writeStartElement(STR, "ConceptSchemes");
        maintainable(w, "ConceptScheme", "urn:sdmx:org.sdmx.infomodel.conceptscheme.ConceptScheme=" + SdmxModel.AGENCY
                + ":" + SdmxModel.CONCEPT_SCHEME + "(" + SdmxModel.VERSION + ")", SdmxModel.CONCEPT_SCHEME,
                "Concepts of Haven's SDG data structure");
        for (Concept c : s.concepts()) {
            w.writeStartElement(STR, "Concept");
            w.writeAttribute("id", c.id());
            name(w, c.name());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void dataflows(XMLStreamWriter w, Structure s) throws XMLStreamException {
        w.writeStartElement(STR, "Dataflows");
        for (Dataflow f : s.dataflows()) {
            maintainable(w, "Dataflow", f.urn(), f.id(), f.name());
            w.writeStartElement(COM, "Description");
            w.writeAttribute("xml", XML, "lang", "en");
            w.writeCharacters(f.description());
            w.writeEndElement();
            text(w, STR, "Structure", SdmxModel.dsdUrn());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void dataStructure(XMLStreamWriter w, Structure s) throws XMLStreamException {
        String ref = SdmxModel.AGENCY + ":" + SdmxModel.DSD_ID + "(" + SdmxModel.VERSION + ")";
        maintainable(w, "DataStructure", SdmxModel.dsdUrn(), SdmxModel.DSD_ID,
                "Haven data on violence against children (SDG dimensions)");
        w.writeStartElement(STR, "DataStructureComponents");
        w.writeStartElement(STR, "DimensionList");
        w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.datastructure.DimensionDescriptor=" + ref + ".DimensionDescriptor");
        w.writeAttribute("id", "DimensionDescriptor");
        int position = 1;
        for (String d : SdmxModel.DIMENSIONS) {
            w.writeStartElement(STR, "Dimension");
            w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.datastructure.Dimension=" + ref + "." + d);
            w.writeAttribute("id", d);
            w.writeAttribute("position", String.valueOf(position++));
            text(w, STR, "ConceptIdentity", SdmxModel.conceptUrn(d));
            enumeration(w, s, d);
            w.writeEndElement();
        }
        w.writeStartElement(STR, "TimeDimension");
        w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.datastructure.TimeDimension=" + ref + "." + SdmxModel.TIME_PERIOD);
        w.writeAttribute("id", SdmxModel.TIME_PERIOD);
        text(w, STR, "ConceptIdentity", SdmxModel.conceptUrn(SdmxModel.TIME_PERIOD));
        w.writeStartElement(STR, "LocalRepresentation");
        w.writeEmptyElement(STR, "TextFormat");
        w.writeAttribute("textType", "ObservationalTimePeriod");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(STR, "AttributeList");
        w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.datastructure.AttributeDescriptor=" + ref + ".AttributeDescriptor");
        w.writeAttribute("id", "AttributeDescriptor");
        for (String a : SdmxModel.ATTRIBUTES) {
            w.writeStartElement(STR, "Attribute");
            w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.datastructure.DataAttribute=" + ref + "." + a);
            w.writeAttribute("id", a);
            w.writeAttribute("usage", "optional");
            text(w, STR, "ConceptIdentity", SdmxModel.conceptUrn(a));
            enumeration(w, s, a);
            w.writeStartElement(STR, "AttributeRelationship");
            w.writeEmptyElement(STR, "Observation");
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(STR, "MeasureList");
        w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.datastructure.MeasureDescriptor=" + ref + ".MeasureDescriptor");
        w.writeAttribute("id", "MeasureDescriptor");
        w.writeStartElement(STR, "Measure");
        w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.datastructure.Measure=" + ref + "." + SdmxModel.OBS_VALUE);
        w.writeAttribute("id", SdmxModel.OBS_VALUE);
        w.writeAttribute("usage", "mandatory");
        text(w, STR, "ConceptIdentity", SdmxModel.conceptUrn(SdmxModel.OBS_VALUE));
        w.writeStartElement(STR, "LocalRepresentation");
        w.writeEmptyElement(STR, "TextFormat");
        w.writeAttribute("textType", "Decimal");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void enumeration(XMLStreamWriter w, Structure s, String concept) throws XMLStreamException {
        w.writeStartElement(STR, "LocalRepresentation");
        text(w, STR, "Enumeration", SdmxModel.codelistUrn(s.codelistOf(concept).id()));
        w.writeEndElement();
    }

    /** The structure-specific data message: one data set, every dimension on each observation. */
    static void data(Dataflow flow, List<Observation> observations, OutputStream out) throws XMLStreamException {
        String ns = dataNamespace(flow);
        String structureId = SdmxModel.AGENCY + "_" + flow.id() + "_" + SdmxModel.VERSION.replace('.', '_');
        XMLStreamWriter w = open(out);
        w.setPrefix("mes", MES);
        w.setPrefix("ss", SS);
        w.setPrefix("com", COM);
        w.setPrefix("xsi", XSI);
        w.setPrefix("ns1", ns);
        w.writeStartElement(MES, "StructureSpecificData");
        w.writeNamespace("mes", MES);
        w.writeNamespace("ss", SS);
        w.writeNamespace("com", COM);
        w.writeNamespace("xsi", XSI);
        w.writeNamespace("ns1", ns);
        header(w, "DATA");
        w.writeStartElement(MES, "Structure");
        w.writeAttribute("structureID", structureId);
        w.writeAttribute("namespace", ns);
        w.writeAttribute("dimensionAtObservation", "AllDimensions");
        text(w, COM, "StructureUsage", flow.urn());
        w.writeEndElement();
        text(w, MES, "DataSetAction", "Information");
        w.writeEndElement();
        w.writeStartElement(MES, "DataSet");
        w.writeAttribute("xsi", XSI, "type", "ns1:DataSetType");
        w.writeAttribute("ss", SS, "structureRef", structureId);
        w.writeAttribute("ss", SS, "action", "Information");
        for (Observation o : observations) {
            w.writeEmptyElement("Obs");
            List<String> key = o.key();
            for (int i = 0; i < key.size(); i++) {
                w.writeAttribute(SdmxModel.DIMENSIONS.get(i), key.get(i));
            }
            w.writeAttribute(SdmxModel.TIME_PERIOD, o.timePeriod());
            w.writeAttribute(SdmxModel.OBS_VALUE, o.value().toPlainString());
            for (String a : SdmxModel.ATTRIBUTES) {
                if (o.attribute(a) != null) {
                    w.writeAttribute(a, o.attribute(a));
                }
            }
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    /** An SDMX-ML 3.0 error message with its SDMX error code. */
    static void error(int code, String message, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = open(out);
        w.setPrefix("mes", MES);
        w.setPrefix("com", COM);
        w.writeStartElement(MES, "Error");
        w.writeNamespace("mes", MES);
        w.writeNamespace("com", COM);
        w.writeStartElement(MES, "ErrorMessage");
        w.writeAttribute("code", String.valueOf(code));
        w.writeStartElement(COM, "Text");
        w.writeAttribute("xml", XML, "lang", "en");
        w.writeCharacters(message);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }
}
