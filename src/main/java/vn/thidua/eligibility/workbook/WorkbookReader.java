package vn.thidua.eligibility.workbook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a workbook with POI's streaming reader: each sheet's XML is parsed with SAX row by row and
 * each row written straight into the bundle's JSON, so memory holds the bundle and the shared
 * strings, never a model of the workbook's cells.
 */
final class WorkbookReader {
    private static final JsonFactory JSON = new JsonFactory();

    private WorkbookReader() {
    }

    /**
     * @param file    the workbook; read, never changed
     * @param maxRows data rows allowed per sheet
     */
    static ConvertedWorkbook read(Path file, int maxRows) {
        List<WorkbookProblem> problems = new ArrayList<>();
        Map<FactSheet, List<Integer>> rows = new LinkedHashMap<>();
        Map<FactSheet, String> names = new LinkedHashMap<>();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        boolean unreadable;
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
             JsonGenerator bundle = JSON.createGenerator(json)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            bundle.writeStartObject();
            unreadable = readSheets((XSSFReader.SheetIterator) reader.getSheetsData(), strings, styles, bundle,
                    maxRows, rows, names, problems);
            bundle.writeEndObject();
        } catch (EmptyFileException e) {
            return unreadable(WorkbookProblem.ofFile("emptyFile"));
        } catch (OLE2NotOfficeXmlFileException e) {
            return unreadable(WorkbookProblem.ofFile("oldExcel"));
        } catch (UnsupportedFileFormatException | OpenXML4JException | POIXMLException | SAXException
                 | IOException e) {
            // not a zip, a zip of something else, or a workbook whose XML is broken: all the same to staff
            return unreadable(WorkbookProblem.ofFile("notWorkbook"));
        }
        return new ConvertedWorkbook(json.toByteArray(), rows, names, problems, unreadable);
    }

    /** @return whether some sheet could not be read as a whole */
    private static boolean readSheets(XSSFReader.SheetIterator sheets, ReadOnlySharedStringsTable strings,
                                      StylesTable styles, JsonGenerator bundle, int maxRows,
                                      Map<FactSheet, List<Integer>> rows, Map<FactSheet, String> names,
                                      List<WorkbookProblem> problems)
            throws IOException, SAXException {
        boolean unreadable = false;
        while (sheets.hasNext()) {
            try (InputStream xml = sheets.next()) {
                String name = sheets.getSheetName();
                if (name.strip().equalsIgnoreCase(FactSheet.INSTRUCTIONS)) {
                    continue;
                }
                FactSheet kind = FactSheet.named(name).orElse(null);
                if (kind == null) {
                    problems.add(new WorkbookProblem(name, 0, null, null, "unknownSheet", List.of(name, FactSheet.NAMES)));
                    unreadable = true;
                    continue;
                }
                bundle.writeArrayFieldStart(kind.kindName());
                SheetRows sheet = new SheetRows(kind, name, strings, styles, bundle, maxRows, problems);
                try {
                    parser(sheet).parse(new InputSource(xml));
                } catch (SheetRows.Abandoned e) {
                    unreadable = true;
                }
                bundle.writeEndArray();
                unreadable |= sheet.headingsMissing();
                rows.put(kind, sheet.rows());
                names.put(kind, name);
            }
        }
        return unreadable;
    }

    private static XMLReader parser(SheetRows handler) throws SAXException {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            return parser;
        } catch (ParserConfigurationException e) {
            throw new UncheckedIOException(new IOException("No SAX parser", e));
        }
    }

    private static ConvertedWorkbook unreadable(WorkbookProblem problem) {
        return new ConvertedWorkbook(new byte[0], Map.of(), Map.of(), List.of(problem), true);
    }
}
