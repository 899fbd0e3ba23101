/**
 * The facts the rules judge: the import of fact bundles ({@code POST /api/facts}, all or nothing,
 * every error reported; read as a stream into staging tables, see {@link vn.thidua.eligibility.facts.FactImport})
 * and of the CSV files of dossiers and tasks the one-stop systems export ({@code POST /api/facts/csv/{kind}}),
 * their export kind by kind, a page at a time ({@code GET /api/facts/{kind}}) and
 * {@link vn.thidua.eligibility.facts.FactGroups}, which hands the evaluation the stored facts group by
 * group. Each kind of fact is described once, by its {@link vn.thidua.eligibility.facts.FactKind}
 * descriptor (fields with their column, type and workbook label; natural key, references, checks,
 * year filter, and the model object a record becomes): the import's validation and writes, the
 * export, the group reads and the workbook's sheets all follow it. Adding a field is a migration
 * (the tables are in {@code db/migration}), a line in {@code FactKind}, the model class, and the
 * field's label on that line.
 * <p>
 * Public for other modules: {@link vn.thidua.eligibility.facts.FactKind} and
 * {@link vn.thidua.eligibility.facts.Field} (the descriptors, read by the workbook),
 * {@link vn.thidua.eligibility.facts.FactGroups} (the evaluation's loader),
 * {@link vn.thidua.eligibility.facts.FactImport} (to import a bundle from code, e.g. demo data, the
 * pages, or the awards a decision grants, and to preview what a bundle would add, leave unchanged and replace,
 * field by field: {@link vn.thidua.eligibility.facts.ImportPreview}), {@link vn.thidua.eligibility.facts.AwardRegister} (the
 * awards held, and the withdrawal of a revoked one), {@link vn.thidua.eligibility.facts.UnitNames} and
 * {@link vn.thidua.eligibility.facts.FactCounts} (how many facts each year holds) and
 * {@link vn.thidua.eligibility.facts.UnitFacts} (one unit's items, tasks and dossiers of a year) and
 * {@link vn.thidua.eligibility.facts.FactHistory} (everything stored about one unit or person, every year: the
 * profiles) and
 * {@link vn.thidua.eligibility.facts.FactCompleteness} (what is missing before a run of a year:
 * {@code GET /api/facts/completeness}).
 * <p>
 * A person's unit is dated: the {@code memberships} kind records the periods a person belonged to a
 * unit, and {@link vn.thidua.eligibility.facts.FactGroups} gives each person the unit on the run's
 * reference date.
 */
package vn.thidua.eligibility.facts;
