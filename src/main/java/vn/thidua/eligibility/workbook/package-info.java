/**
 * Fact bundles as Excel workbooks, for staff who live in Excel: the template (one sheet per kind of
 * fact, its columns and Vietnamese headings taken from the facts module's descriptors, an
 * instructions sheet; empty or filled with a bundle such as the demo
 * data), and its import, read with POI's streaming (SAX) reader into a bundle that the facts
 * module checks and stores exactly as a JSON one. Problems are placed at their sheet, row and cell
 * and named by a code the pages put into words.
 * <p>
 * Public for the page tests (the workbook pages live here): {@link vn.thidua.eligibility.workbook.TemplateWorkbook},
 * {@link vn.thidua.eligibility.workbook.WorkbookImport} (preview, then store all or nothing) and
 * {@link vn.thidua.eligibility.workbook.PendingWorkbooks} (an upload waiting for its confirmation).
 */
package vn.thidua.eligibility.workbook;
