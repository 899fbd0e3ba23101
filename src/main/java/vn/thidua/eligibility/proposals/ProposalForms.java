package vn.thidua.eligibility.proposals;

import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The proposal page's forms that carry a date: typed dd/MM/yyyy as the Department writes it, then
 * handed to the workflow as its own requests. The other forms bind the workflow's requests directly.
 */
final class ProposalForms {
    private ProposalForms() {
    }

    /**
     * An override: {@code subject} is the chosen option, "TYPE/CODE" (a unit and a person may share a
     * code). Anything else leaves the type empty, and the workflow says it is required.
     */
    record Override(String subject, String reason, String note, Boolean confirmed) {
        ProposalRequests.NewEntry request() {
            String[] typeAndCode = subject == null ? new String[0] : subject.split("/", 2);
            SubjectType type = typeAndCode.length == 2 && Arrays.stream(SubjectType.values()).anyMatch(t -> t.name().equals(typeAndCode[0]))
                    ? SubjectType.valueOf(typeAndCode[0]) : null;
            return new ProposalRequests.NewEntry(type, typeAndCode.length == 2 ? typeAndCode[1] : null, reason, note,
                    confirmed);
        }
    }

    /** The Council's meeting; {@code results} are indexed like the entries on the page. */
    record Review(String minutesNo, @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate minutesDate,
                  List<ProposalRequests.EntryResult> results) {
        ProposalRequests.Review request() {
            return new ProposalRequests.Review(minutesNo, minutesDate, results == null ? List.of() : results);
        }
    }

    record Decision(String decisionNo, @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate decisionDate, String signer) {
        ProposalRequests.Decision request() {
            return new ProposalRequests.Decision(decisionNo, decisionDate, signer);
        }
    }

    record Revocation(String reason, String decisionNo, @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate decisionDate) {
        ProposalRequests.Revocation request() {
            return new ProposalRequests.Revocation(reason, decisionNo, decisionDate);
        }
    }
}
