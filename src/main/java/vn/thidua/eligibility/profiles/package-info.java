/**
 * Profiles (lý lịch thi đua): for one person or one unit, everything the service knows about their
 * emulation and awards, across the years — each award held (Giấy khen, Bằng khen), each discipline
 * with the end of a sanction where it is known, each initiative, rating and scored item, the units a
 * person belonged to over time — and every decision any run made about them, with the run's year,
 * kind, reference date and rule set version, linked to the decision's explanation. Found by name
 * without diacritics ("nguyen van a" finds "Nguyễn Văn A") or by code: {@code /profiles},
 * {@code /profiles/persons/{code}}, {@code /profiles/units/{code}}, and the same as JSON under
 * {@code /api/profiles}. Read only, for every role; the facts come through the facts module's
 * {@link vn.thidua.eligibility.facts.FactHistory}, the decisions through
 * {@link vn.thidua.eligibility.runs.RunService#decisionsAbout}.
 *
 * <h2>Glossary (thuật ngữ)</h2>
 * <ul>
 *   <li><b>Lý lịch thi đua</b> — a person's or a unit's record of emulation and awards: this page.</li>
 *   <li><b>Cá nhân / tập thể (đơn vị)</b> — an individual / a collective, the two kinds of subject.</li>
 *   <li><b>Quá trình công tác</b> — the units a person belonged to, from a day to a day;
 *       <b>chức vụ</b> — the position (recorded as it is now, not dated).</li>
 *   <li><b>Giấy khen</b> — the Director's annual Certificate of Merit for CCHC;
 *       <b>Bằng khen</b> — the Provincial (City) People's Committee's Certificate of Merit for a phase.</li>
 *   <li><b>Số, ngày quyết định</b> — the number and date of the decision that granted an award.</li>
 *   <li><b>Kỷ luật</b> — a sanction served, <b>thời hạn kỷ luật</b> its end: from 2024 a person's
 *       achievements count only after it; <b>xem xét kỷ luật</b>, <b>thanh tra, kiểm tra</b> — matters that defer an award.</li>
 *   <li><b>Sáng kiến</b> — an initiative, counted once recognised (ngày công nhận).</li>
 *   <li><b>Xếp loại</b> — the annual rating (HTXSNV, HTTNV, HTNV, KHTNV).</li>
 *   <li><b>Tiêu chí, điểm chuẩn, điểm đạt, tròn điểm</b> — a scored item of the CCHC index, its maximum,
 *       the score appraised, scored at the maximum.</li>
 *   <li><b>Đợt xét, ngày xét, bộ quy tắc</b> — a run, its reference date, the rule set version it used.</li>
 * </ul>
 */
package vn.thidua.eligibility.profiles;
