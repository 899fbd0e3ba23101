package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.eligibility.audit.Audited;
import vn.thidua.eligibility.security.AccountHolders;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed decision attached back to a decided proposal: the signed PDF or a scan, checked by its
 * first bytes and its size, kept whole, and its SHA-256 written into the audit chain in the same
 * transaction. Attaching again keeps the earlier files.
 */
@Service
class SignedDecisionService {
    private static final int NAME = 255;

    private final ProposalService proposals;
    private final SignedDecisions files;
    private final AccountHolders people;
    private final DocumentSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignedDecisionService(ProposalService proposals, SignedDecisions files, AccountHolders people, DocumentSettings settings,
                          ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.files = files;
        this.people = people;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Scans the Office can make: PDF, PNG, JPEG, TIFF, told apart by their first bytes. */
    enum ScanType {
        PDF("application/pdf"), PNG("image/png"), JPEG("image/jpeg"), TIFF("image/tiff");

        final String mediaType;

        ScanType(String mediaType) {
            this.mediaType = mediaType;
        }

        static ScanType of(byte[] b) {
            if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
                return PDF;
            }
            if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
                return PNG;
            }
            if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
                return JPEG;
            }
            if (startsWith(b, 0x49, 0x49, 0x2A, 0x00) || startsWith(b, 0x4D, 0x4D, 0x00, 0x2A)) {
                return TIFF;
            }
            return null;
        }

        private static boolean startsWith(byte[] b, int... magic) {
            if (b.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((b[i] & 0xFF) != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    @Transactional
    SignedDecisionView attach(long id, String fileName, byte[] content, String user) {
        Proposal p = proposals.get(id);
        if (p.status != ProposalStatus.DECIDED) {
            throw new ProposalConflictException("Proposal " + id + " is " + p.status + ": a signed decision is attached"
                    + " once the decision is recorded");
        }
        Checks checks = new Checks();
        // a browser may send the whole path it read the file from
        String name = checks.required("file", fileName == null ? null : fileName.substring(
                Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1), NAME);
        long max = settings.signedDecisionMaxSize().toBytes();
        ScanType type = null;
        if (content == null || content.length == 0) {
            checks.add("file", Text.of("document.problem.empty"));
        } else if (content.length > max) {
            checks.add("file", Text.of("document.problem.tooLarge", content.length, max));
        } else {
            type = ScanType.of(content);
            if (type == null) {
                checks.add("file", Text.of("document.problem.notAScan",
                        HexFormat.ofDelimiter(" ").formatHex(content, 0, Math.min(8, content.length))));
            }
        }
        checks.throwIfAny();
        String sha256 = sha256(content);
        long stored = files.add(id, name, type.mediaType, content, sha256, user, clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("proposal", id);
        details.put("run", p.runId);
        details.put("decisionNo", p.decisionNo);
        details.put("signedDecision", stored);
        details.put("file", name);
        details.put("contentType", type.mediaType);
        details.put("size", content.length);
        details.put("sha256", sha256);
        events.publishEvent(new Audited(user, "PROPOSAL_SIGNED_DECISION_ATTACHED", details));
        return files.of(id).stream().filter(f -> f.id() == stored).findFirst().map(this::view).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<SignedDecisionView> of(long id) {
        proposals.get(id);
        return files.of(id).stream().map(this::view).toList();
    }

    /** The file attached last, or the one named. */
    @Transactional(readOnly = true)
    ProposalFile download(long id, Long fileId) {
        List<SignedDecisions.Stored> stored = files.of(proposals.get(id).id);
        SignedDecisions.Stored file = stored.stream().filter(f -> fileId == null || f.id() == fileId).findFirst()
                .orElseThrow(() -> new ProposalNotFoundException(fileId == null
                        ? "Proposal " + id + " has no signed decision attached"
                        : "Proposal " + id + " has no signed decision " + fileId));
        return new ProposalFile(file.fileName(), file.contentType(), files.content(id, file.id()).orElseThrow());
    }

    private SignedDecisionView view(SignedDecisions.Stored f) {
        return new SignedDecisionView(f.id(), f.proposalId(), f.fileName(), f.contentType(), f.size(), f.sha256(),
                f.attachedBy(), people.holder(f.attachedBy()).displayName(), f.attachedAt());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
