package vn.thidua.eligibility.workbook;

import org.apache.poi.ss.util.CellReference;
import org.springframework.stereotype.Service;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.facts.ImportPreview;
import vn.thidua.eligibility.facts.ImportReport;
import vn.thidua.eligibility.facts.RejectedBundleException;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The import of a workbook: read into a fact bundle, then checked and stored by the facts module's
 * own import, so a workbook is held to exactly the rules of a JSON bundle. The import's errors are
 * shown at the cells they come from.
 */
@Service
public class WorkbookImport {
    /** Problems in the order of the template's sheets, then rows, then columns; the file's own first. */
    private static final Comparator<WorkbookProblem> WHERE = Comparator
            .comparingInt((WorkbookProblem p) -> p.sheet() == null ? -1
                    : FactSheet.named(p.sheet()).map(FactSheet.values()::indexOf).orElse(FactSheet.values().size()))
            .thenComparingInt(WorkbookProblem::row)
            .thenComparingInt(p -> p.cell() == null ? -1 : new CellReference(p.cell()).getCol());

    private final FactImport facts;
    private final int maxRows;

    WorkbookImport(FactImport facts, WorkbookSettings settings) {
        this.facts = facts;
        this.maxRows = settings.maxRowsPerSheet();
    }

    /**
     * What importing the workbook would add and replace, per sheet and record by record; or every problem,
     * and then no report.
     *
     * @param problems empty when the workbook can be stored as it is
     */
    public record Preview(ImportPreview report, List<WorkbookProblem> problems) {
        public Preview {
            problems = List.copyOf(problems);
        }
    }

    /** Reads and checks the workbook, storing nothing. */
    public Preview preview(Path workbook) {
        ConvertedWorkbook converted = WorkbookReader.read(workbook, maxRows);
        if (converted.unreadable()) {
            return new Preview(null, converted.problems());
        }
        try {
            ImportPreview report = facts.preview(new ByteArrayInputStream(converted.bundle()));
            return converted.problems().isEmpty() ? new Preview(report, List.of()) : new Preview(null, converted.problems());
        } catch (RejectedBundleException e) {
            return new Preview(null, merged(converted, e));
        }
    }

    /**
     * Stores the workbook's facts, all or nothing, as {@link FactImport#importBundle} does.
     *
     * @throws RejectedWorkbookException with every problem; nothing was stored
     */
    public ImportReport store(Path workbook, String user) {
        ConvertedWorkbook converted = WorkbookReader.read(workbook, maxRows);
        if (!converted.problems().isEmpty()) {
            throw new RejectedWorkbookException(converted.problems());
        }
        try {
            return facts.importBundle(new ByteArrayInputStream(converted.bundle()), user);
        } catch (RejectedBundleException e) {
            throw new RejectedWorkbookException(merged(converted, e));
        }
    }

    /**
     * The cells that could not be read and the import's errors, once per cell: a cell left out of
     * its record for being unreadable is also "required" to the import, which says nothing new.
     */
    private static List<WorkbookProblem> merged(ConvertedWorkbook converted, RejectedBundleException rejected) {
        List<WorkbookProblem> all = new ArrayList<>(converted.problems());
        Set<String> unreadableCells = new HashSet<>();
        converted.problems().forEach(p -> unreadableCells.add(p.sheet() + "!" + p.cell()));
        rejected.errors().stream().map(converted::locate)
                .filter(p -> p.cell() == null || !unreadableCells.contains(p.sheet() + "!" + p.cell()))
                .forEach(all::add);
        all.sort(WHERE);
        return all;
    }
}
