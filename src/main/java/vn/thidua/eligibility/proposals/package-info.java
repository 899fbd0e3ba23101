/**
 * From a run's decisions to granted awards. The Office (STAFF) turns a completed run into a
 * {@link vn.thidua.eligibility.proposals.Proposal proposal} (danh sách đề nghị) of the subjects the
 * run found eligible — an annual run's {@code ELIGIBLE}, a phase run's {@code PROPOSED} and
 * {@code TIED_AT_QUOTA} — adds notes, and adds a subject the run did not find eligible only by an
 * override that records who and why. The Council's review (ADMIN) records each entry agreed or
 * rejected and the minutes; the decision (ADMIN) records number, date and signer and writes every
 * agreed entry into the awards register through the fact import, in the same transaction. A
 * proposal moves only forward, DRAFT → UNDER_REVIEW → DECIDED, and is immutable once decided; a
 * granted award is withdrawn by a revocation, its own recorded act.
 * <p>
 * Also the documents people file: the proposal list and the yearly report to the Provincial
 * People's Committee, as .xlsx and PDF in Vietnamese.
 */
package vn.thidua.eligibility.proposals;
