package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.facts.AwardRegister;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.facts.RegisteredAward;
import vn.thidua.eligibility.facts.RejectedBundleException;
import vn.thidua.eligibility.model.RunKind;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * Writes a decision's awards into the awards register as a fact bundle, through the same import
 * (and checks) as any award, in the caller's transaction; and takes a revoked award out of it.
 */
@Component
class AwardGrants {
    private final FactImport imports;
    private final AwardRegister register;
    private final ObjectMapper json;

    AwardGrants(FactImport imports, AwardRegister register, ObjectMapper json) {
        this.imports = imports;
        this.register = register;
        this.json = json;
    }

    /**
     * @throws ProposalConflictException when the register already holds one of the awards (the
     *                                   import would replace that record: one achievement is not
     *                                   rewarded twice), or refuses the bundle
     */
    void grant(Proposal p, String user) {
        ObjectNode bundle = json.createObjectNode();
        ArrayNode awards = bundle.putArray("awards");
        for (ProposalEntry e : p.agreed()) {
            register.find(p.awardYear, e.subjectType, e.subjectCode, p.award).ifPresent(held -> {
                throw new ProposalConflictException(e.key() + " already holds " + p.award + " for " + p.awardYear
                        + " (decision " + held.decisionNo() + " of " + held.decisionDate()
                        + "): reject the entry, or revoke that award first");
            });
            ObjectNode award = awards.addObject().put("year", p.awardYear).put("subjectType", e.subjectType.name())
                    .put("subjectCode", e.subjectCode).put("award", p.award.name())
                    .put("decisionNo", p.decisionNo).put("decisionDate", p.decisionDate.toString());
            // A phase award keeps its phase, so that a later phase run sees the years it rewarded.
            if (p.runKind == RunKind.PHASE) {
                award.put("phaseFrom", p.fromYear).put("phaseTo", p.awardYear);
            }
        }
        if (awards.isEmpty()) {
            return;
        }
        try {
            imports.importBundle(new ByteArrayInputStream(json.writeValueAsBytes(bundle)), user);
        } catch (RejectedBundleException e) {
            throw new ProposalConflictException("The awards register refused the awards: " + e.errors().stream()
                    .map(f -> f.path() + " " + f.message()).collect(Collectors.joining("; ")));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws ProposalConflictException when the register no longer holds the award under this decision */
    void withdraw(RegisteredAward award) {
        if (!register.withdraw(award)) {
            throw new ProposalConflictException("The awards register does not hold " + award.award() + " " + award.year()
                    + " of " + award.subjectType() + " " + award.subjectCode() + " under decision " + award.decisionNo()
                    + ": it was changed or removed since");
        }
    }
}
