package vn.thidua.eligibility.proposals;

import java.util.List;

/**
 * A document as a Vietnamese office files it — the issuing body top left, the national motto top
 * right, place and date, the title, then tables — independent of the file format, so that the
 * .xlsx and the PDF of one document say the same thing.
 *
 * @param organisation the issuing body's lines, the governing body first
 * @param placeDate    "Sóc Trăng, ngày 20 tháng 01 năm 2025" (the place in force on the date)
 * @param title        the title's lines, the first in capitals
 * @param tables       the tables, each under its caption (none for a single table)
 * @param footer       lines after the tables
 */
record TableDocument(List<String> organisation, String placeDate, List<String> title, List<Table> tables,
                     List<String> footer) {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập – Tự do – Hạnh phúc";

    /** Cells are text or whole numbers. */
    record Table(String caption, List<Column> columns, List<List<Object>> rows) {
    }

    /** A heading and a relative width (about characters). */
    record Column(String heading, int width) {
    }
}
