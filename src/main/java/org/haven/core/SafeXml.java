package org.haven.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The one way Haven reads XML from outside (IATI, SDMX, ADX uploads) and validates XML against the official schemas
 * it ships under {@code standards/}: no DOCTYPE at all (so no external entities and no entity expansion, the
 * "billion laughs"), no external DTD or schema fetched while parsing, secure processing limits on. A refused or
 * malformed document raises {@link InvalidInputException} on field {@code file} with the line and reason, before
 * anything is stored.
 */
public final class SafeXml {

    private static final int MAX_SCHEMA_PROBLEMS = 100;

    private SafeXml() {
    }

    /** Parses a whole document into DOM (namespace-aware) with DOCTYPEs refused. */
    public static Document parse(InputStream in) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (SAXParseException e) {
            throw refused(e);
        } catch (SAXException | IOException e) {
            throw InvalidInputException.of("file", "not readable XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A StAX factory for streaming large documents, with DTDs and external entities off. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /**
     * Loads a shipped schema from the classpath, e.g. {@code standards/iati/iati-activities-schema.xsd}; its includes
     * and imports resolve beside it (only file and jar locations, never the network).
     */
    public static Schema schema(String classpathLocation) {
        URL url = SafeXml.class.getClassLoader().getResource(classpathLocation);
        if (url == null) {
            throw new IllegalStateException("schema not on the classpath: " + classpathLocation);
        }
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,jar:file");
            return f.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load schema " + classpathLocation + ": " + e.getMessage(), e);
        }
    }

    /**
     * Validates a document against a schema and returns every problem ("line 12: ..."), at most 100; empty when
     * valid. A DOCTYPE or malformed XML is one problem, not an exception.
     */
    public static List<String> validate(Schema schema, InputStream in) {
        List<String> problems = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    if (problems.size() < MAX_SCHEMA_PROBLEMS) {
                        problems.add(describe(e));
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            validator.validate(new SAXSource(secureReader(), new InputSource(in)));
        } catch (SAXParseException e) {
            problems.add(describe(e));
        } catch (SAXException | IOException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static XMLReader secureReader() throws SAXException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return f.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException refused(SAXParseException e) {
        String reason = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                ? "XML with a DOCTYPE (DTDs, entities) is refused" : e.getMessage();
        return InvalidInputException.of("file", "line " + e.getLineNumber() + ": " + reason);
    }

    private static String describe(SAXParseException e) {
        String message = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                ? "XML with a DOCTYPE (DTDs, entities) is refused" : e.getMessage();
        return "line " + e.getLineNumber() + ": " + message;
    }
}
