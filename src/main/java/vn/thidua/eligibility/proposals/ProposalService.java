package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.Language;
import vn.thidua.eligibility.web.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.eligibility.audit.Audited;
import vn.thidua.eligibility.facts.RegisteredAward;
import vn.thidua.eligibility.facts.UnitNames;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.rulesets.RuleSetVersions;
import vn.thidua.eligibility.rulesets.RuleSetVersion;
import vn.thidua.eligibility.runs.DecisionView;
import vn.thidua.eligibility.runs.RunId;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.web.ApiError;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The proposal workflow: each act in one transaction, checked against the proposal's state. */
@Service
class ProposalService {
    private static final int TEXT = 2000;
    private static final int NUMBER = 100;
    private static final Set<Outcome> PROPOSED_BY_ANNUAL = Set.of(Outcome.ELIGIBLE);
    private static final Set<Outcome> PROPOSED_BY_PHASE = Set.of(Outcome.PROPOSED, Outcome.TIED_AT_QUOTA);

    private final Proposals proposals;
    private final Revocations revocations;
    private final RunService runs;
    private final RuleSetVersions ruleSets;
    private final UnitNames unitNames;
    private final AwardGrants grants;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProposalSettings settings;

    ProposalService(Proposals proposals, Revocations revocations, RunService runs, RuleSetVersions ruleSets,
                    UnitNames unitNames, AwardGrants grants, Clock clock, ApplicationEventPublisher events,
                    ProposalSettings settings) {
        this.events = events;
        this.settings = settings;
        this.proposals = proposals;
        this.revocations = revocations;
        this.runs = runs;
        this.ruleSets = ruleSets;
        this.unitNames = unitNames;
        this.grants = grants;
        this.clock = clock;
    }

    @Transactional
    ProposalView create(ProposalRequests.NewProposal request, String user) {
        Checks checks = new Checks();
        Long runId = checks.required("runId", request.runId());
        checks.throwIfAny();
        RunSummary run = runs.find(new RunId(runId))
                .orElseThrow(() -> InvalidProposalRequestException.of("runId", "no run " + runId));
        if (run.status() != RunStatus.COMPLETED) {
            throw new ProposalConflictException("Run " + runId + " is " + run.status() + ": only a completed run's decisions can be proposed");
        }
        boolean approved = run.ruleSetVersion() != null && ruleSets.find(run.ruleSetVersion())
                .map(RuleSetVersion::activated).orElse(false);
        if (!approved) {
            throw new ProposalConflictException("Run " + runId + " used rule set version " + run.ruleSetVersion()
                    + ", which was never activated: a proposal is compiled only from a run under an activated version");
        }
        proposals.findByRunId(runId).ifPresent(existing -> {
            throw new ProposalConflictException("Run " + runId + " already has proposal " + existing.id);
        });
        Set<Outcome> proposed = run.kind() == RunKind.PHASE ? PROPOSED_BY_PHASE : PROPOSED_BY_ANNUAL;
        Map<String, String> units = unitNames.all();
        List<DecisionView> decisions = runs.decisions(run.id(), null, null, Language.VIETNAMESE);
        List<ProposalEntry> entries = decisions.stream().filter(d -> proposed.contains(d.outcome()))
                .map(d -> ProposalEntry.of(d, units.get(d.unitCode()))).toList();
        int from = run.kind() == RunKind.PHASE ? run.fromYear() : run.year();
        int awardYear = run.kind() == RunKind.PHASE ? run.toYear() : run.year();
        AwardType award = run.kind() == RunKind.PHASE ? AwardType.BANG_KHEN_CCHC : AwardType.GIAY_KHEN_CCHC;
        Proposal p = proposals.save(Proposal.draft(runId, run.kind(), award, from, awardYear, run.quota(), entries, user, now()));
        audit(p, "COMPILED", user, Map.of("award", award.name(), "awardYear", awardYear,
                "subjects", entries.stream().map(e -> e.key().toString()).toList()));
        return view(p);
    }

    /** Adds a subject the run did not find eligible: only with the reason, recorded as an override. */
    @Transactional
    ProposalView addOverride(long id, ProposalRequests.NewEntry request, String user) {
        Checks checks = new Checks();
        SubjectType type = checks.required("subjectType", request.subjectType());
        String code = checks.required("subjectCode", request.subjectCode(), 64);
        String reason = checks.required("reason", request.reason(), TEXT);
        String note = checks.optional("note", request.note(), TEXT);
        checks.throwIfAny();
        Proposal p = get(id);
        DecisionView decision = runs.decision(new RunId(p.runId), type, code, Language.VIETNAMESE)
                .orElseThrow(() -> InvalidProposalRequestException.of("subjectCode",
                        "run " + p.runId + " decided no " + type + " " + code));
        List<String> grounds = OverrideGrounds.of(decision);
        if (OverrideGrounds.setAside(decision.outcome())) {
            requireJustification(decision, reason, request.confirmed());
        }
        ProposalEntry entry = ProposalEntry.of(decision, unitNames.all().get(decision.unitCode()));
        entry.overrideReason = reason;
        entry.overrideGrounds = OverrideGrounds.stored(grounds);
        entry.note = note;
        p.addOverride(entry, user, now());
        Map<String, Object> details = new HashMap<>(Map.of("subject", entry.key().toString(), "engineOutcome",
                entry.engineOutcome.name(), "reason", reason));
        if (!grounds.isEmpty()) {
            details.put("overridden", grounds);
        }
        audit(p, "OVERRIDE_ADDED", user, details);
        return view(proposals.save(p));
    }

    /**
     * Setting aside a legal reason (an exclusion, a deferral, a condition not met or not judged) takes
     * a written justification of the configured length and an explicit confirmation, both named when missing.
     */
    private void requireJustification(DecisionView decision, String reason, Boolean confirmed) {
        List<ApiError.Detail> problems = new ArrayList<>();
        if (reason.length() < settings.minJustification()) {
            problems.add(ApiError.Detail.of("reason", Text.of("proposal.problem.justificationShort",
                    settings.minJustification(), decision.outcome().name(), reason.length())));
        }
        if (!Boolean.TRUE.equals(confirmed)) {
            problems.add(ApiError.Detail.of("confirmed", Text.of("proposal.problem.overrideUnconfirmed",
                    decision.outcome().name())));
        }
        if (!problems.isEmpty()) {
            throw new OverrideNotConfirmedException(new SubjectKey(decision.subjectType(), decision.subjectCode()),
                    decision.outcome().name(), problems);
        }
    }

    @Transactional
    ProposalView note(long id, SubjectKey key, ProposalRequests.Note request, String user) {
        Checks checks = new Checks();
        String note = checks.optional("note", request.note(), TEXT);
        checks.throwIfAny();
        Proposal p = get(id);
        p.note(key, note, user, now());
        Map<String, Object> details = new HashMap<>();
        details.put("subject", key.toString());
        details.put("note", note);
        audit(p, "NOTE_SET", user, details);
        return view(proposals.save(p));
    }

    @Transactional
    ProposalView submit(long id, String user) {
        Proposal p = get(id);
        p.submit(user, now());
        audit(p, "SUBMITTED", user, Map.of("entries", p.entries.size()));
        return view(proposals.save(p));
    }

    @Transactional
    ProposalView review(long id, ProposalRequests.Review request, String user) {
        Proposal p = get(id);
        p.checkReviewable();
        Checks checks = new Checks();
        String minutesNo = checks.required("minutesNo", request.minutesNo(), NUMBER);
        checks.date("minutesDate", checks.required("minutesDate", request.minutesDate()));
        checks.required("results", request.results());
        checks.throwIfAny();
        Map<SubjectKey, ProposalRequests.EntryResult> results = results(p, request.results(), checks);
        long agreed = results.values().stream().filter(r -> r.result() == CouncilResult.AGREED).count();
        if (p.quota != null && agreed > p.quota) {
            checks.add("results", Text.of("proposal.problem.overQuota", agreed, p.quota));
        }
        checks.throwIfAny();
        p.review(minutesNo, request.minutesDate(), results, user, now());
        audit(p, "REVIEWED", user, Map.of("minutesNo", minutesNo, "minutesDate", request.minutesDate().toString(),
                "agreed", p.agreed().stream().map(e -> e.key().toString()).toList(),
                "rejected", p.entries.stream().filter(e -> !e.agreed()).map(e -> e.key() + ": " + e.councilReason).toList()));
        return view(proposals.save(p));
    }

    /** One result per entry, none for a subject not listed, a reason for each rejection. */
    private static Map<SubjectKey, ProposalRequests.EntryResult> results(Proposal p, List<ProposalRequests.EntryResult> given,
                                                                        Checks checks) {
        Map<SubjectKey, ProposalEntry> entries = p.entriesByKey();
        Map<SubjectKey, ProposalRequests.EntryResult> results = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            ProposalRequests.EntryResult r = given.get(i);
            String path = "results[" + i + "]";
            if (r == null || r.subjectType() == null || r.subjectCode() == null) {
                checks.add(path, Text.of("proposal.problem.resultIncomplete"));
                continue;
            }
            SubjectKey key = new SubjectKey(r.subjectType(), r.subjectCode());
            if (!entries.containsKey(key)) {
                checks.add(path + ".subjectCode", Text.of("proposal.problem.notListed", p.id, key.words()));
            } else if (results.put(key, r) != null) {
                checks.add(path + ".subjectCode", Text.of("proposal.problem.twoResults", key.words()));
            }
            // nothing is agreed by default: every entry is chosen, and the one left unchosen is named
            if (r.result() == null) {
                ProposalEntry listed = entries.get(key);
                checks.add(path + ".result", Text.of("proposal.problem.resultUnchosen",
                        listed == null ? key.words() : key.words(listed.subjectName)));
                continue;
            }
            if (r.result() == CouncilResult.REJECTED) {
                checks.required(path + ".reason", r.reason(), TEXT);
            } else {
                checks.optional(path + ".reason", r.reason(), TEXT);
            }
        }
        entries.keySet().stream().filter(k -> !results.containsKey(k)).sorted(Comparator.comparing(SubjectKey::toString))
                .forEach(k -> checks.add("results", Text.of("proposal.problem.noResult", k.words(entries.get(k).subjectName))));
        return results;
    }

    /** Records the decision and grants every agreed entry's award, all in this one transaction. */
    @Transactional
    ProposalView decide(long id, ProposalRequests.Decision request, String user) {
        Checks checks = new Checks();
        String number = checks.required("decisionNo", request.decisionNo(), NUMBER);
        checks.date("decisionDate", checks.required("decisionDate", request.decisionDate()));
        String signer = checks.required("signer", request.signer(), 200);
        checks.throwIfAny();
        Proposal p = get(id);
        if (p.minutesDate != null && request.decisionDate().isBefore(p.minutesDate)) {
            checks.add("decisionDate", request.decisionDate() + " is before the Council's meeting of " + p.minutesDate);
            checks.throwIfAny();
        }
        p.decide(number, request.decisionDate(), signer, user, now());
        grants.grant(p, user);
        audit(p, "DECIDED", user, Map.of("decisionNo", number, "decisionDate", request.decisionDate().toString(),
                "signer", signer, "granted", p.agreed().stream().map(e -> e.key().toString()).toList()));
        return view(proposals.save(p));
    }

    /**
     * Withdraws a granted award: recorded with its reason, and taken out of the awards register so
     * that later runs no longer count it (runs made before keep it in their snapshots).
     */
    @Transactional
    ProposalView revoke(long id, SubjectKey key, ProposalRequests.Revocation request, String user) {
        Checks checks = new Checks();
        String reason = checks.required("reason", request.reason(), TEXT);
        String number = checks.optional("decisionNo", request.decisionNo(), NUMBER);
        checks.date("decisionDate", request.decisionDate());
        checks.throwIfAny();
        Proposal p = get(id);
        ProposalEntry entry = p.existingEntry(key);
        if (p.status != ProposalStatus.DECIDED || !entry.agreed()) {
            throw new ProposalConflictException("No award was granted to " + key + " by proposal " + id + ": nothing to revoke");
        }
        if (revocations.findByProposalId(id).stream().anyMatch(r -> new SubjectKey(r.subjectType(), r.subjectCode()).equals(key))) {
            throw new ProposalConflictException("The award granted to " + key + " by proposal " + id + " is already revoked");
        }
        grants.withdraw(new RegisteredAward(p.awardYear, key.type(), key.code(), p.award, p.decisionNo, p.decisionDate));
        revocations.save(new Revocation(null, id, key.type(), key.code(), p.award, p.awardYear, p.decisionNo, reason,
                number, request.decisionDate(), user, now()));
        Map<String, Object> details = new HashMap<>();
        details.put("subject", key.toString());
        details.put("award", p.award.name() + " " + p.awardYear);
        details.put("grantedBy", p.decisionNo);
        details.put("reason", reason);
        details.put("revocationNo", number);
        audit(p, "REVOKED", user, details);
        return view(p);
    }

    @Transactional(readOnly = true)
    ProposalView find(long id) {
        return view(get(id));
    }

    @Transactional(readOnly = true)
    Optional<ProposalView> findView(long id) {
        return proposals.findById(id).map(this::view);
    }

    @Transactional(readOnly = true)
    Optional<ProposalView> ofRun(long runId) {
        return proposals.findByRunId(runId).map(this::view);
    }

    @Transactional(readOnly = true)
    List<ProposalView> latest() {
        return proposals.findTop100ByOrderByIdDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    Proposal get(long id) {
        return proposals.findById(id).orElseThrow(() -> new ProposalNotFoundException("No proposal " + id));
    }

    List<Revocation> revocations(long id) {
        return revocations.findByProposalId(id);
    }

    /** The act's audit entry, written in the act's transaction (the listener joins it). */
    private void audit(Proposal p, String action, String user, Map<String, Object> details) {
        Map<String, Object> all = new HashMap<>(details);
        all.put("proposal", p.id);
        all.put("run", p.runId);
        events.publishEvent(new Audited(user, "PROPOSAL_" + action, all));
    }

    private ProposalView view(Proposal p) {
        return ProposalView.of(p, revocations.findByProposalId(p.id), heldBack(p));
    }

    /**
     * The run's DEFERRED and UNDETERMINED subjects, apart from the entries: a deferred one says what
     * would end the deferral, an undetermined one which facts are missing (its conditions not judged).
     */
    private List<ProposalView.HeldBack> heldBack(Proposal p) {
        List<ProposalView.HeldBack> out = new java.util.ArrayList<>();
        for (Outcome outcome : List.of(Outcome.DEFERRED, Outcome.UNDETERMINED)) {
            for (DecisionView d : runs.decisions(new RunId(p.runId), null, outcome, Language.VIETNAMESE)) {
                List<String> reasons = outcome == Outcome.DEFERRED
                        ? (d.deferral() == null ? List.of() : d.deferral().stream().map(DecisionView.DeferralFound::detail).toList())
                        : d.conditions().stream().filter(c -> c.met() == null).map(DecisionView.Condition::detail).toList();
                out.add(new ProposalView.HeldBack(d.subjectType(), d.subjectCode(), d.subjectName(), outcome, reasons));
            }
        }
        return out;
    }

    private Instant now() {
        return clock.instant();
    }
}
