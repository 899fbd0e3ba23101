/**
 * Eligibility runs (đợt xét): an annual run decides every unit and person for the Director's
 * Giấy khen of a year, as of a reference date; a phase run decides every person for the province's
 * Bằng khen of years A..B within a quota, judged group by group, then the qualified ranked
 * together. A run reads the facts group by group, lets the engine decide, and writes all
 * decisions, their traces and the snapshot of the facts it read in one transaction: complete and
 * immutable, or {@code FAILED} with the reason and nothing else. Configured so
 * ({@code eligibility.runs.mode}), a run is instead a Spring Batch job whose partitions (ranges of
 * whole groups) commit one by one, on this instance or on workers sharing the database; its last step
 * completes the run in one transaction, and a run whose job fails has every row it stored removed.
 */
package vn.thidua.eligibility.runs;
