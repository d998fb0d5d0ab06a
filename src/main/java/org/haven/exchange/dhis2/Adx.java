package org.haven.exchange.dhis2;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.haven.core.InvalidInputException;
import org.haven.core.SafeXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * ADX (IHE QRPH Aggregate Data Exchange, namespace {@code urn:ihe:qrph:adx:2015}): {@code adx/group} with orgUnit,
 * period (start/ISO 8601 duration), dataSet and the attribute option combo as further attributes;
 * {@code group/dataValue} with dataElement, value, the disaggregation as further attributes and an optional
 * {@code annotation} (the comment). Read only through {@link SafeXml}: a DOCTYPE (external entities, entity
 * expansion) is refused.
 */
final class Adx {

    static final String NS = "urn:ihe:qrph:adx:2015";
    private static final Set<String> GROUP_ATTRIBUTES = Set.of("orgUnit", "period", "dataSet", "completeDate");
    private static final Set<String> VALUE_ATTRIBUTES = Set.of("dataElement", "value");

    /** One value to write, in DHIS2 identifiers and ADX period form. */
    record Value(String orgUnit, String period, Map<String, String> attributes, String dataElement,
            Map<String, String> categories, String value, String comment) {
    }

    private Adx() {
    }

    static Dhis2Read read(byte[] bytes) {
        Document doc;
        try {
            doc = SafeXml.parse(new ByteArrayInputStream(bytes));
        } catch (InvalidInputException e) {
            throw Dhis2BodyException.badRequest("The ADX file was refused: " + e.problems().get(0).message());
        }
        Element root = doc.getDocumentElement();
        if (!"adx".equals(root.getLocalName()) || !NS.equals(root.getNamespaceURI())) {
            throw Dhis2BodyException.badRequest("Not an ADX message: the root element must be adx in the namespace "
                    + NS + " (found " + root.getTagName() + ")");
        }
        List<Dhis2Row> rows = new ArrayList<>();
        List<Dhis2ImportSummary.Conflict> conflicts = new ArrayList<>();
        String dataSet = null;
        int index = 0;
        for (Element group : children(root, "group")) {
            String orgUnit = attr(group, "orgUnit");
            String period = attr(group, "period");
            dataSet = dataSet == null ? attr(group, "dataSet") : dataSet;
            Map<String, String> attributes = others(group, GROUP_ATTRIBUTES);
            for (Element v : children(group, "dataValue")) {
                int i = index++;
                String comment = null;
                for (Element a : children(v, "annotation")) {
                    comment = a.getTextContent() == null ? null : a.getTextContent().trim();
                }
                rows.add(new Dhis2Row(i, attr(v, "dataElement"), period, orgUnit, null, null,
                        others(v, VALUE_ATTRIBUTES), attributes, attr(v, "value"), comment, false, true));
            }
        }
        return new Dhis2Read(rows, conflicts, dataSet);
    }

    static String write(String dataSet, List<Value> values) {
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        for (Value v : values) {
            String key = v.orgUnit() + "|" + v.period() + "|" + Dhis2MappingTable.adxKey(v.attributes());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NS);
            w.writeStartElement(NS, "adx");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("exported", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
            for (List<Value> group : groups.values()) {
                Value first = group.get(0);
                w.writeStartElement(NS, "group");
                w.writeAttribute("orgUnit", first.orgUnit());
                w.writeAttribute("period", first.period());
                if (dataSet != null) {
                    w.writeAttribute("dataSet", dataSet);
                }
                for (Map.Entry<String, String> a : new TreeMap<>(first.attributes()).entrySet()) {
                    w.writeAttribute(a.getKey(), a.getValue());
                }
                for (Value v : group) {
                    w.writeStartElement(NS, "dataValue");
                    w.writeAttribute("dataElement", v.dataElement());
                    for (Map.Entry<String, String> c : new TreeMap<>(v.categories()).entrySet()) {
                        w.writeAttribute(c.getKey(), c.getValue());
                    }
                    w.writeAttribute("value", v.value());
                    if (v.comment() != null && !v.comment().isBlank()) {
                        w.writeStartElement(NS, "annotation");
                        w.writeCharacters(v.comment());
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write ADX", e);
        }
        return out.toString();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && localName.equals(e.getLocalName()) && NS.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static Map<String, String> others(Element e, Set<String> known) {
        Map<String, String> out = new TreeMap<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if (a.getNamespaceURI() != null || name.startsWith("xmlns") || known.contains(name)) {
                continue;
            }
            out.put(name, a.getValue().trim());
        }
        return out;
    }
}
