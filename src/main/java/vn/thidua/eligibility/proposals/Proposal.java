package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.Labels;
import vn.thidua.eligibility.web.PageFormats;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.RunKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proposal aggregate: the list, the Council's review, the decision, and the log of every act.
 * Each act checks the state it needs; once decided, nothing changes any more.
 */
@Table("proposal")
class Proposal {
    @Id
    Long id;
    @Version
    Long version;
    long runId;
    RunKind runKind;
    AwardType award;
    int awardYear;
    int fromYear;
    Integer quota;
    ProposalStatus status;
    String createdBy;
    Instant createdAt;
    String submittedBy;
    Instant submittedAt;
    String minutesNo;
    LocalDate minutesDate;
    String reviewedBy;
    Instant reviewedAt;
    String decisionNo;
    LocalDate decisionDate;
    String signer;
    String decidedBy;
    Instant decidedAt;
    @MappedCollection(idColumn = "proposal_id", keyColumn = "ordinal")
    List<ProposalEntry> entries = new ArrayList<>();
    @MappedCollection(idColumn = "proposal_id", keyColumn = "ordinal")
    List<ProposalEvent> history = new ArrayList<>();

    static Proposal draft(long runId, RunKind kind, AwardType award, int fromYear, int awardYear, Integer quota,
                          List<ProposalEntry> entries, String user, Instant now) {
        Proposal p = new Proposal();
        p.runId = runId;
        p.runKind = kind;
        p.award = award;
        p.fromYear = fromYear;
        p.awardYear = awardYear;
        p.quota = quota;
        p.status = ProposalStatus.DRAFT;
        p.createdBy = user;
        p.createdAt = now;
        p.entries.addAll(entries);
        p.log(now, user, "CREATED", "Lập danh sách từ đợt xét " + runId + ": " + entries.size() + " đề nghị");
        return p;
    }

    Optional<ProposalEntry> entry(SubjectKey key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    ProposalEntry existingEntry(SubjectKey key) {
        return entry(key).orElseThrow(() -> new ProposalNotFoundException("Proposal " + id + " has no entry " + key));
    }

    void addOverride(ProposalEntry entry, String user, Instant now) {
        require(ProposalStatus.DRAFT, "add an entry");
        if (entry(entry.key()).isPresent()) {
            throw new ProposalConflictException("Proposal " + id + " already lists " + entry.key());
        }
        entry.overrideBy = user;
        entry.overrideAt = now;
        entries.add(entry);
        log(now, user, "OVERRIDE_ADDED", named(entry.key()) + " (kết quả xét: "
                + Labels.inVietnamese(Labels.OUTCOME, entry.engineOutcome) + "): " + entry.overrideReason
                + (entry.overrideGrounds == null ? "" : " — vượt qua: " + entry.overrideGrounds.replace("\n", "; ")));
    }

    void note(SubjectKey key, String note, String user, Instant now) {
        require(ProposalStatus.DRAFT, "change a note");
        existingEntry(key).note = note;
        log(now, user, "NOTE_SET", named(key) + ": " + (note == null ? "(xóa ghi chú)" : note));
    }

    void submit(String user, Instant now) {
        require(ProposalStatus.DRAFT, "submit it to the Council");
        if (entries.isEmpty()) {
            throw new ProposalConflictException("Proposal " + id + " lists nobody: there is nothing for the Council to review");
        }
        status = ProposalStatus.UNDER_REVIEW;
        submittedBy = user;
        submittedAt = now;
        log(now, user, "SUBMITTED", "Trình Hội đồng Thi đua – Khen thưởng");
    }

    /** Records the Council's meeting; the results are checked to name every entry once. */
    void review(String minutesNo, LocalDate minutesDate, Map<SubjectKey, ProposalRequests.EntryResult> results,
                String user, Instant now) {
        checkReviewable();
        for (ProposalEntry e : entries) {
            ProposalRequests.EntryResult r = results.get(e.key());
            e.councilResult = r.result();
            e.councilReason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        }
        this.minutesNo = minutesNo;
        this.minutesDate = minutesDate;
        reviewedBy = user;
        reviewedAt = now;
        log(now, user, "REVIEWED", "Biên bản " + minutesNo + " ngày " + PageFormats.DATE.format(minutesDate) + ": " + agreed().size() + "/"
                + entries.size() + " đồng ý");
    }

    /** The Council reviews a submitted list, once. */
    void checkReviewable() {
        require(ProposalStatus.UNDER_REVIEW, "record the Council's review");
        if (minutesNo != null) {
            throw new ProposalConflictException("The Council's review of proposal " + id + " is already recorded (biên bản "
                    + minutesNo + " of " + minutesDate + ")");
        }
    }

    void decide(String decisionNo, LocalDate decisionDate, String signer, String user, Instant now) {
        require(ProposalStatus.UNDER_REVIEW, "record the decision");
        if (minutesNo == null) {
            throw new ProposalConflictException("Proposal " + id + " has no Council review yet: record it first"
                    + " (POST /api/proposals/" + id + "/review)");
        }
        status = ProposalStatus.DECIDED;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
        this.signer = signer;
        decidedBy = user;
        decidedAt = now;
        log(now, user, "DECIDED", "Quyết định " + decisionNo + " ngày " + PageFormats.DATE.format(decisionDate) + " (" + signer + "): "
                + agreed().size() + " được khen thưởng");
    }

    List<ProposalEntry> agreed() {
        return entries.stream().filter(ProposalEntry::agreed).toList();
    }

    Map<SubjectKey, ProposalEntry> entriesByKey() {
        Map<SubjectKey, ProposalEntry> byKey = new HashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));
        return byKey;
    }

    /** "Tập thể QLCN": a subject as the history, kept as Vietnamese text, names it. */
    private static String named(SubjectKey key) {
        return Labels.inVietnamese(Labels.FACT_VALUE, key.type()) + " " + key.code();
    }

    void log(Instant at, String actor, String action, String detail) {
        history.add(new ProposalEvent(at, actor, action, detail));
    }

    private void require(ProposalStatus needed, String act) {
        if (status == ProposalStatus.DECIDED) {
            throw new ProposalConflictException("Proposal " + id + " was decided by " + decisionNo + " of " + decisionDate
                    + " and can no longer change; a granted award is withdrawn by a revocation");
        }
        if (status != needed) {
            throw new ProposalConflictException("Proposal " + id + " is " + status + ": to " + act + " it must be " + needed);
        }
    }
}
