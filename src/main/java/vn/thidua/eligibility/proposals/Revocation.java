package vn.thidua.eligibility.proposals;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.SubjectType;

import java.time.Instant;
import java.time.LocalDate;

/** The withdrawal of an award a proposal's decision granted: who, when, why, by which decision. */
@Table("award_revocation")
record Revocation(@Id Long id, long proposalId, SubjectType subjectType, String subjectCode, AwardType award,
                  int awardYear, String grantedByNo, String reason, String revocationNo, LocalDate revocationDate,
                  String revokedBy, Instant revokedAt) {
}
