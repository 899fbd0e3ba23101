package vn.thidua.eligibility.workbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * @param maxRowsPerSheet data rows read from one sheet; a sheet with more is refused whole, since the
 *                        bundle made from it is held in memory before it is imported. 100,000 holds a
 *                        province's people (about 30,000) and scored items; a province's million TTHC
 *                        dossiers do not fit a workbook comfortably, and the refusal points to the CSV
 *                        import ({@code POST /api/facts/csv/dossiers}, the import page)
 * @param maxBytes        the largest workbook file accepted (below {@code spring.servlet.multipart.max-file-size})
 * @param keptFor         how long an uploaded workbook waits for its confirmation before it is deleted
 */
@ConfigurationProperties("eligibility.workbook")
public record WorkbookSettings(@DefaultValue("100000") int maxRowsPerSheet,
                               @DefaultValue("10MB") DataSize maxBytes,
                               @DefaultValue("30m") Duration keptFor) {
}
