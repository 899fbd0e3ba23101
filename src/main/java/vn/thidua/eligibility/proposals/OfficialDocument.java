package vn.thidua.eligibility.proposals;

import java.util.List;

/**
 * An administrative document laid out per Nghị định 30/2020/NĐ-CP — a decision (Quyết định) or a
 * proposal (Tờ trình) with its attached list — independent of the file format, so that the .docx
 * and the PDF say the same thing. Empty texts and lists are left out of the document.
 *
 * @param issuer     the governing body over the issuing body ("UBND TỈNH SÓC TRĂNG", "SỞ CÔNG THƯƠNG")
 * @param number     the number and symbol after "Số: " ("15/QĐ-SCT"; "     /TTr-SCT" for the office to number)
 * @param placeDate  "Sóc Trăng, ngày 20 tháng 01 năm 2025"
 * @param kind       "QUYẾT ĐỊNH", "TỜ TRÌNH"
 * @param subject    "Về việc …"
 * @param authority  who decides, in capitals, under the title ("GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH SÓC TRĂNG"); empty for a Tờ trình
 * @param addressee  whom a Tờ trình is addressed to, after "Kính gửi: "; empty for a decision
 * @param grounds    "Căn cứ …;" one a line
 * @param body       the articles (Điều 1., Điều 2. …) or the paragraphs of a Tờ trình
 * @param recipients the lines under "Nơi nhận:"
 * @param signature  the signature block
 * @param list       the list attached (danh sách kèm theo)
 */
record OfficialDocument(List<String> issuer, String number, String placeDate, String kind, String subject,
                        String authority, String addressee, List<String> grounds, List<Article> body,
                        List<String> recipients, Signature signature, AttachedList list) {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** @param label "Điều 1." for an article, empty for a paragraph */
    record Article(String label, String text) {
    }

    /**
     * @param position the position lines ("GIÁM ĐỐC"; "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
     * @param fullName the signer's full name, or a dotted blank to write in
     */
    record Signature(List<String> position, String fullName) {
    }

    /**
     * @param title   the list's title lines, in capitals
     * @param caption the line under the title ("(Kèm theo Quyết định số … )")
     * @param columns the columns, each with the template's placeholder key
     * @param rows    one text per column
     * @param notes   the lines under the table: the footnote of the marked entries, the totals, who compiled it
     */
    record AttachedList(List<String> title, String caption, List<Column> columns, List<List<String>> rows,
                        List<String> notes) {
    }

    /** @param key the template's placeholder of the column's cells; @param width relative width */
    record Column(String key, String heading, int width) {
    }
}
