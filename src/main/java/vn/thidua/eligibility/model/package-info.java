/**
 * The fact model: what the rules in {@code rules/} see and what they conclude. Plain, immutable
 * data with getters (the DRL reads them as properties), shared by the {@code facts} module that
 * loads it, the {@code engine} that runs the rules over it and the {@code runs} that store results.
 *
 * <h2>Glossary (thuật ngữ)</h2>
 * <ul>
 *   <li><b>Sở Công Thương (SCT)</b> — the Department of Industry and Trade, the organisation using the service.</li>
 *   <li><b>Đơn vị / phòng</b> ({@link Unit}) — a division or unit: a collective (tập thể).</li>
 *   <li><b>Công chức / viên chức / người lao động</b> ({@link PersonCategory}) — civil servant / public
 *       employee / worker: an individual (cá nhân, {@link Person}).</li>
 *   <li><b>CCHC</b> — cải cách hành chính, administrative reform. <b>Chỉ số CCHC</b> — the yearly
 *       PAR index, whose scored items (tiêu chí, tiêu chí thành phần) are {@link Criterion}.</li>
 *   <li><b>Điểm chuẩn / điểm tối đa</b> — an item's maximum score; <b>tròn điểm</b> — scored at it.</li>
 *   <li><b>Nhiệm vụ UBND tỉnh giao</b> ({@link ProvincialTask}) — a task assigned by the Provincial
 *       People's Committee. <b>Hồ sơ TTHC</b> ({@link Dossier}) — an administrative-procedure dossier.</li>
 *   <li><b>Sáng kiến, giải pháp</b> ({@link Initiative}) — an initiative or solution, counted once recognised (công nhận).</li>
 *   <li><b>Kỷ luật / xem xét kỷ luật / thanh tra, kiểm tra</b> ({@link DisciplineKind}) — a sanction
 *       served, discipline being considered, an investigation or complaint being verified.</li>
 *   <li><b>Xếp loại</b> ({@link Rating}) — annual rating: HTXSNV (excellent), HTTNV, HTNV, KHTNV.</li>
 *   <li><b>Giấy khen</b> — the Director's annual Certificate of Merit ({@link AwardType#GIAY_KHEN_CCHC});
 *       <b>Bằng khen</b> — the Provincial People's Committee's phase Certificate of Merit
 *       ({@link AwardType#BANG_KHEN_CCHC}).</li>
 *   <li><b>Ngày xét</b> — the reference date R of an {@link Evaluation}: rules, parameters and
 *       discipline are those in force on it.</li>
 * </ul>
 */
package vn.thidua.eligibility.model;
