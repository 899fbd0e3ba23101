package vn.thidua.eligibility.rulesets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes a Drools spreadsheet decision table (.xlsx) the way an administrator lays one out: the
 * RuleSet settings at the top, then a RuleTable with a CONDITION/ACTION/METADATA header row, the
 * pattern row, the code template row, a label row and one row of values per rule.
 */
public final class DecisionTableWorkbook {
    /** One column of the table: its type (CONDITION, ACTION, METADATA, …), pattern and code template. */
    public record Column(String type, String pattern, String template, String label) {
        public static Column condition(String pattern, String template) {
            return new Column("CONDITION", pattern, template, template);
        }

        public static Column action(String template) {
            return new Column("ACTION", "", template, "action");
        }

        public static Column metadata(String template) {
            return new Column("METADATA", "", template, template);
        }

        public static Column attribute(String type) {
            return new Column(type, "", "", type.toLowerCase());
        }
    }

    private final List<String[]> settings = new ArrayList<>();
    private String tableName;
    private final List<Column> columns = new ArrayList<>();
    private final List<String[]> values = new ArrayList<>();

    private DecisionTableWorkbook(String packageName) {
        settings.add(new String[]{"RuleSet", packageName});
    }

    public static DecisionTableWorkbook ruleSet(String packageName) {
        return new DecisionTableWorkbook(packageName);
    }

    /** A RuleSet setting below the package: Import, Variables (globals), Functions, Declare, Sequential, … */
    public DecisionTableWorkbook setting(String keyword, String value) {
        settings.add(new String[]{keyword, value});
        return this;
    }

    public DecisionTableWorkbook table(String name, Column... columns) {
        this.tableName = name;
        this.columns.addAll(List.of(columns));
        return this;
    }

    /** One rule: a value per column, in the columns' order. */
    public DecisionTableWorkbook row(String... cells) {
        values.add(cells);
        return this;
    }

    /**
     * The 1-based spreadsheet row of the {@code n}-th rule (0-based), as problems report it: below
     * the settings come a blank row, the RuleTable row and four header rows.
     */
    public int rowOfRule(int n) {
        return settings.size() + 7 + n;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tables");
            int r = 0;
            for (String[] setting : settings) {
                write(sheet.createRow(r++), setting);
            }
            if (!columns.isEmpty()) {
                r++; // a blank row between the settings and the table, as people lay it out
                write(sheet.createRow(r++), new String[]{"RuleTable " + tableName});
                write(sheet.createRow(r++), columns.stream().map(Column::type).toArray(String[]::new));
                write(sheet.createRow(r++), columns.stream().map(Column::pattern).toArray(String[]::new));
                write(sheet.createRow(r++), columns.stream().map(Column::template).toArray(String[]::new));
                write(sheet.createRow(r++), columns.stream().map(Column::label).toArray(String[]::new));
                for (String[] cells : values) {
                    write(sheet.createRow(r++), cells);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's content as a rule set carries it. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes());
    }

    private static void write(Row row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}
