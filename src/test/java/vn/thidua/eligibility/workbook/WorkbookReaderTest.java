package vn.thidua.eligibility.workbook;

import vn.thidua.eligibility.web.ApiError;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.thidua.eligibility.facts.FixtureKinds;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming reader on workbooks made here: what it converts, what it refuses and where it says so. */
class WorkbookReaderTest {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final int LIMIT = 20_000;

    @TempDir
    Path folder;

    static TemplateWorkbook template() {
        return new TemplateWorkbook(new WorkbookSettings(LIMIT, DataSize.ofMegabytes(10), Duration.ofMinutes(30)));
    }

    @Test
    void aFieldAddedToAFixtureKindBecomesAColumnHeadedWithItsLabel() {
        FactSheet staff = FactSheet.of(FixtureKinds.STAFF);

        assertThat(staff.sheetName()).isEqualTo("Cán bộ");
        assertThat(staff.kindName()).isEqualTo("staff");
        assertThat(staff.columns()).extracting(Column::field).containsExactly("code", "fullName", "position");
        assertThat(staff.column("position")).contains(new Column("position", "Chức vụ", Column.Kind.TEXT, 16, List.of()));
    }

    @Test
    void choiceFieldsOfferTheVietnameseLabelsOfTheirEnumsAsDropDowns() {
        assertThat(FactSheet.named("Cá nhân").orElseThrow().column("gender").orElseThrow().choices())
                .containsExactly(new Column.Choice("FEMALE", "Nữ"), new Column.Choice("MALE", "Nam"));
        assertThat(FactSheet.named("people").orElseThrow().column("category").orElseThrow().labels())
                .containsExactly("Công chức", "Viên chức", "Người lao động");
    }

    @Test
    void theTemplatesSheetsAreNamedInVietnameseAndItsDropDownsListTheLabels() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template().empty()))) {
            assertThat(workbook.getSheet("Hồ sơ TTHC")).isNotNull();
            assertThat(workbook.getSheet("Quá trình công tác")).isNotNull();
            assertThat(workbook.getSheet("dossiers")).isNull();
            Sheet people = workbook.getSheet("Cá nhân");
            assertThat(people.getDataValidations()).extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .contains(List.of("Nữ", "Nam"), List.of("Công chức", "Viên chức", "Người lao động"));
        }
    }

    @Test
    void aChoiceCellTakesTheLabelOrTheCodeExactlyAndNothingElse() throws IOException {
        Path file = workbook(wb -> {
            Sheet people = sheet(wb, FactSheet.named("people").orElseThrow());
            row(people, 1, "NV1", "Lê Thị Hoa", "VP", "Công chức", "Nữ");
            row(people, 2, "NV2", "Trần Văn Nam", "VP", "VIEN_CHUC", "MALE");
            row(people, 3, "NV3", "Ngô Văn Bình", "VP", "công chức", "Nu");
            Sheet disciplines = sheet(wb, FactSheet.named("disciplines").orElseThrow());
            row(disciplines, 1, "Cá nhân", "NV1", "Đang thi hành kỷ luật", "01/03/2024");
        });
        ConvertedWorkbook read = WorkbookReader.read(file, LIMIT);

        JsonNode bundle = JSON.readTree(read.bundle());
        assertThat(bundle.get("people").get(0).get("category").asText()).isEqualTo("CONG_CHUC");
        assertThat(bundle.get("people").get(0).get("gender").asText()).isEqualTo("FEMALE");
        assertThat(bundle.get("people").get(1).get("category").asText()).isEqualTo("VIEN_CHUC");
        assertThat(bundle.get("people").get(1).get("gender").asText()).isEqualTo("MALE");
        assertThat(bundle.get("disciplines").get(0).get("subjectType").asText()).isEqualTo("PERSON");
        assertThat(bundle.get("disciplines").get(0).get("kind").asText()).isEqualTo("SANCTION");
        assertThat(read.problems()).containsExactly(
                new WorkbookProblem("Cá nhân", 4, "D4", "Ngạch", "notAChoice", List.of("công chức", "Công chức, Viên chức, Người lao động")),
                new WorkbookProblem("Cá nhân", 4, "E4", "Giới tính", "notAChoice", List.of("Nu", "Nữ, Nam")));
    }

    @Test
    void aWorkbookOfTheEarlierTemplateWithTheKindsNamesAndCodesStillReads() throws IOException {
        Path file = workbook(wb -> {
            Sheet people = wb.createSheet("people");
            row(people, 0, FactSheet.named("people").orElseThrow().columns().stream().map(Column::heading).toArray());
            row(people, 1, "NV1", "Lê Thị Hoa", "VP", "CONG_CHUC", "FEMALE");
        });
        ConvertedWorkbook read = WorkbookReader.read(file, LIMIT);

        assertThat(read.problems()).isEmpty();
        assertThat(JSON.readTree(read.bundle()).get("people").get(0).get("gender").asText()).isEqualTo("FEMALE");
        assertThat(read.locate(new ApiError.Detail("people[0].unitCode", "unitCode 'VP' names no unit")))
                .extracting(WorkbookProblem::sheet, WorkbookProblem::cell).containsExactly("people", "C2");
    }

    @Test
    void theTemplateFilledWithTheDemoDataReadsBackAsTheDemoBundle() throws IOException {
        byte[] filled;
        try (InputStream demo = Files.newInputStream(Path.of("db/demo/fact-bundle.json"))) {
            filled = template().filledWith(demo);
        }
        ConvertedWorkbook read = WorkbookReader.read(file(filled), LIMIT);

        assertThat(read.problems()).isEmpty();
        JsonNode expected = JSON.readTree(Path.of("db/demo/fact-bundle.json").toFile());
        JsonNode actual = JSON.readTree(read.bundle());
        assertThat(actual.equals((a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1, expected))
                .as("round trip of the demo bundle").isTrue();
        assertThat(read.rows().get(FactSheet.named("units").orElseThrow())).startsWith(2, 3, 4);
    }

    @Test
    void theEmptyTemplateHasTheInstructionsAndEverySheetWithItsHeadingsAndReadsAsAnEmptyBundle() throws IOException {
        byte[] empty = template().empty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(empty))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Hướng dẫn");
            assertThat(workbook.getSheet("Đơn vị").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(workbook.getSheet("Tiêu chí chấm điểm").getRow(0).getCell(4).getStringCellValue()).isEqualTo("Điểm");
            assertThat(workbook.getSheet("Đơn vị").getRow(0).getCell(0).getCellStyle().getFont()).isNotNull();
            assertThat(workbook.getSheet("Đơn vị").getColumnStyle(2).getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
        ConvertedWorkbook read = WorkbookReader.read(file(empty), LIMIT);
        assertThat(read.problems()).isEmpty();
        assertThat(JSON.readTree(read.bundle()).get("dossiers")).isEmpty();
    }

    @Test
    void convertsTextNumbersAndDatesAndSkipsBlankRows() throws IOException {
        Path file = workbook(wb -> {
            Sheet units = sheet(wb, FactSheet.named("units").orElseThrow());
            row(units, 1, "VP", "  Văn phòng Sở ", LocalDate.of(2025, 3, 1));
            row(units, 3, 101, "Phòng 101", "15/01/2025");
            row(units, 4, "KT", "Phòng KT", "2025-07-01");
            Sheet criteria = sheet(wb, FactSheet.named("criteria").orElseThrow());
            row(criteria, 1, 2024, "1.1", "Ban hành kế hoạch", 2, 1.75, "VP");
        });
        ConvertedWorkbook read = WorkbookReader.read(file, LIMIT);

        assertThat(read.problems()).isEmpty();
        JsonNode bundle = JSON.readTree(read.bundle());
        assertThat(bundle.get("units").toString()).isEqualTo("""
                [{"code":"VP","name":"Văn phòng Sở","dissolvedOn":"2025-03-01"},\
                {"code":"101","name":"Phòng 101","dissolvedOn":"2025-01-15"},\
                {"code":"KT","name":"Phòng KT","dissolvedOn":"2025-07-01"}]""");
        assertThat(bundle.get("criteria").get(0).get("year").isInt()).isTrue();
        assertThat(bundle.get("criteria").get(0).get("score").decimalValue()).isEqualByComparingTo("1.75");
        assertThat(read.rows().get(FactSheet.named("units").orElseThrow())).containsExactly(2, 4, 5);
        assertThat(read.locate(new ApiError.Detail("units[1].name", "name is wrong")))
                .isEqualTo(new WorkbookProblem("Đơn vị", 4, "B4", "Tên đơn vị", "fact", List.of("name is wrong")));
        assertThat(read.locate(new ApiError.Detail("$", "empty"))).extracting(WorkbookProblem::sheet).isNull();
    }

    @Test
    void aWrongHeadingNamesTheSheetTheExpectedAndTheFoundHeading() throws IOException {
        Path file = workbook(wb -> {
            Sheet criteria = wb.createSheet("criteria");
            row(criteria, 0, "Năm", "Mã tiêu chí", "Tên tiêu chí", "Điểm chuẩn", "Diem", "Mã đơn vị", "Mã cán bộ phụ trách", "Ghi chú");
            row(criteria, 1, 2024, "1.1", "x", 2, 2, "VP");
            Sheet units = wb.createSheet("Units");
            // decomposed diacritics, other case and doubled spaces are the same heading
            row(units, 0, "MÃ  ĐƠN VỊ", java.text.Normalizer.normalize("Tên đơn vị", java.text.Normalizer.Form.NFD), "Ngày giải thể");
        });
        ConvertedWorkbook read = WorkbookReader.read(file, LIMIT);

        assertThat(read.unreadable()).isTrue();
        assertThat(read.problems()).containsExactly(
                new WorkbookProblem("criteria", 1, "E1", "Điểm", "heading", List.of("Điểm", "Diem")),
                new WorkbookProblem("criteria", 1, "H1", null, "extraColumn", List.of("Ghi chú")));
    }

    @Test
    void textInANumberCellAnImpossibleDateAndANumberInADateCellArePlacedAtTheirCells() throws IOException {
        Path file = workbook(wb -> {
            Sheet criteria = sheet(wb, FactSheet.named("criteria").orElseThrow());
            row(criteria, 1, 2024, "1.1", "x", 2, "tám", "VP");
            Sheet tasks = sheet(wb, FactSheet.named("tasks").orElseThrow());
            row(tasks, 1, "NV-1", "VP", "Báo cáo", "31/02/2024", 45306);
            row(tasks, 2, "NV-2", "VP", "Báo cáo", "ngày mai");
        });
        ConvertedWorkbook read = WorkbookReader.read(file, LIMIT);

        assertThat(read.unreadable()).isFalse();
        assertThat(read.problems()).containsExactly(
                new WorkbookProblem("Tiêu chí chấm điểm", 2, "E2", "Điểm", "textInNumber", List.of("tám")),
                new WorkbookProblem("Nhiệm vụ UBND tỉnh giao", 2, "D2", "Hạn hoàn thành", "impossibleDate", List.of("31/02/2024")),
                new WorkbookProblem("Nhiệm vụ UBND tỉnh giao", 2, "E2", "Ngày hoàn thành", "numberInDate", List.of("45306")),
                new WorkbookProblem("Nhiệm vụ UBND tỉnh giao", 3, "D3", "Hạn hoàn thành", "notADate", List.of("ngày mai")));
        // the unreadable cells are left out; the rest of each row is there for the import's checks
        assertThat(JSON.readTree(read.bundle()).get("criteria").get(0).has("score")).isFalse();
        assertThat(JSON.readTree(read.bundle()).get("criteria").get(0).get("code").asText()).isEqualTo("1.1");
    }

    @Test
    void aSheetOverTheRowLimitIsRefusedWithTheLimitAndAnUnknownSheetIsNamed() throws IOException {
        Path file = workbook(wb -> {
            Sheet units = sheet(wb, FactSheet.named("units").orElseThrow());
            for (int r = 1; r <= 4; r++) {
                row(units, r, "U" + r, "Đơn vị " + r);
            }
            row(wb.createSheet("Ghi chú"), 0, "x");
        });
        ConvertedWorkbook read = WorkbookReader.read(file, 3);

        assertThat(read.unreadable()).isTrue();
        assertThat(read.problems()).containsExactly(
                new WorkbookProblem("Đơn vị", 0, null, null, "tooManyRows", List.of(3)),
                new WorkbookProblem("Ghi chú", 0, null, null, "unknownSheet", List.of("Ghi chú", FactSheet.NAMES)));
    }

    /** Written and read in a streaming way both: SXSSF keeps 100 rows in memory, the reader one. */
    @Test
    void twentyThousandRowsAreReadAndOneMoreIsRefused() throws IOException {
        Path full = streamedDossiers(LIMIT);
        ConvertedWorkbook read = WorkbookReader.read(full, LIMIT);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows().get(FactSheet.named("dossiers").orElseThrow())).hasSize(LIMIT).endsWith(LIMIT + 1);
        assertThat(JSON.readTree(read.bundle()).get("dossiers").get(LIMIT - 1).get("dueDate").asText()).isEqualTo("2024-12-31");

        ConvertedWorkbook over = WorkbookReader.read(streamedDossiers(LIMIT + 1), LIMIT);
        assertThat(over.unreadable()).isTrue();
        assertThat(over.problems()).containsExactly(new WorkbookProblem("Hồ sơ TTHC", 0, null, null, "tooManyRows", List.of(LIMIT)));
    }

    @Test
    void aFileThatIsNotAWorkbookIsSaidSoAndAnOldXlsToo() throws IOException {
        Path text = folder.resolve("bundle.xlsx");
        Files.writeString(text, "{\"units\": []}");
        assertThat(WorkbookReader.read(text, LIMIT).problems()).extracting(WorkbookProblem::code).containsExactly("notWorkbook");

        Path zip = folder.resolve("other.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes());
        }
        assertThat(WorkbookReader.read(zip, LIMIT).problems()).extracting(WorkbookProblem::code).containsExactly("notWorkbook");

        Path xls = folder.resolve("old.xls");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            old.createSheet("units");
            old.write(out);
        }
        ConvertedWorkbook read = WorkbookReader.read(xls, LIMIT);
        assertThat(read.unreadable()).isTrue();
        assertThat(read.problems()).extracting(WorkbookProblem::code).containsExactly("oldExcel");
    }

    @Test
    void aZeroByteFileIsSaidToBeEmpty() throws IOException {
        ConvertedWorkbook read = WorkbookReader.read(file(new byte[0]), LIMIT);
        assertThat(read.unreadable()).isTrue();
        assertThat(read.problems()).extracting(WorkbookProblem::code).containsExactly("emptyFile");
    }

    private Path streamedDossiers(int rows) throws IOException {
        Path file = folder.resolve("dossiers-" + rows + ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = sheet(wb, FactSheet.named("dossiers").orElseThrow());
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            LocalDate first = LocalDate.of(2024, 1, 1);
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("HS-" + r);
                row.createCell(1).setCellValue("VP");
                Cell due = row.createCell(2);
                due.setCellValue(r == LIMIT ? LocalDate.of(2024, 12, 31) : first.plusDays(r % 365));
                due.setCellStyle(date);
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    private interface Filler {
        void fill(Workbook workbook);
    }

    private Path workbook(Filler filler) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            filler.fill(wb);
            Path file = Files.createTempFile(folder, "workbook", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(folder, "workbook", ".xlsx"), bytes);
    }

    private static Sheet sheet(Workbook wb, FactSheet kind) {
        Sheet sheet = wb.createSheet(kind.sheetName());
        row(sheet, 0, kind.columns().stream().map(Column::heading).toArray());
        return sheet;
    }

    /** A row of cells: strings as text, numbers as numbers, dates as date-formatted numbers. */
    private static void row(Sheet sheet, int r, Object... values) {
        Row row = sheet.createRow(r);
        CellStyle date = sheet.getWorkbook().createCellStyle();
        date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            if (values[c] instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (values[c] instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(String.valueOf(values[c]));
            }
        }
    }
}
