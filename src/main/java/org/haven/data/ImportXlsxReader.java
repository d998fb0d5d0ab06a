package org.haven.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet of an .xlsx workbook with POI's event API (XSSFReader + SAX): no DOM of the sheet is built, so a
 * million-row sheet needs little heap. Reads the sheet named "data" (case-insensitive) or else the first sheet.
 * Cells are read raw: shared and inline strings as text, numbers as their stored decimal form (12, 2025, 0.5).
 */
final class ImportXlsxReader {

    static final String DATA_SHEET = "data";

    private ImportXlsxReader() {
    }

    static void read(Path file, ImportCells sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            InputStream chosen = null;
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                boolean named = DATA_SHEET.equals(sheets.getSheetName().toLowerCase(Locale.ROOT));
                if (chosen == null || named) {
                    if (chosen != null) {
                        chosen.close();
                    }
                    chosen = sheet;
                    if (named) {
                        break;
                    }
                } else {
                    sheet.close();
                }
            }
            if (chosen == null) {
                throw new ImportFileException(1, "", "import.reason.empty");
            }
            try (InputStream sheet = chosen) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(strings, sink));
                xml.parse(new InputSource(sheet));
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | org.apache.poi.UnsupportedFileFormatException e) {
            throw new ImportFileException(1, "", "import.reason.notXlsx");
        }
    }

    /** Collects the cells of each row by column letter; fills gaps with "" and reports non-blank rows. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final ImportCells sink;
        private final StringBuilder text = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private int rowNumber;
        private int column;
        private String type;
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, ImportCells sink) {
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    cells.clear();
                    String r = atts.getValue("r");
                    rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref != null ? columnIndex(ref) : cells.size();
                    type = atts.getValue("t");
                    text.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    if (!text.isEmpty()) {
                        put(value());
                    }
                }
                case "row" -> {
                    boolean blank = true;
                    for (String c : cells) {
                        blank &= c.isEmpty();
                    }
                    if (!blank) {
                        sink.row(rowNumber, new ArrayList<>(cells));
                    }
                }
                default -> {
                }
            }
        }

        private String value() {
            String raw = text.toString();
            if ("s".equals(type)) {
                return strings.getItemAt(Integer.parseInt(raw.trim())).getString().trim();
            }
            if ("b".equals(type)) {
                return "1".equals(raw) ? "true" : "false";
            }
            return raw.trim();
        }

        private void put(String value) {
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value);
        }

        private static int columnIndex(String ref) {
            int index = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return index - 1;
        }
    }
}
