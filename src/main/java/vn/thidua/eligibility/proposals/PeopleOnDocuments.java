package vn.thidua.eligibility.proposals;

import org.springframework.stereotype.Component;
import vn.thidua.eligibility.security.AccountHolder;
import vn.thidua.eligibility.security.AccountHolders;
import vn.thidua.eligibility.web.Language;

import java.util.List;

/**
 * People as documents print them: by full name and position, never by login. An account whose
 * holder has not filled in a name leaves a dotted blank for the person to write in.
 */
@Component
class PeopleOnDocuments {
    static final String BLANK = "………………………………";

    private final AccountHolders accounts;

    PeopleOnDocuments(AccountHolders accounts) {
        this.accounts = accounts;
    }

    /** "Nguyễn Văn A (Chuyên viên Văn phòng Sở)", or the blank. */
    String person(String username) {
        AccountHolder holder = accounts.holder(username);
        if (!holder.named()) {
            return BLANK;
        }
        return holder.fullName() + (holder.position().isBlank() ? "" : " (" + holder.position() + ")");
    }

    /**
     * The signer recorded with a decision: an account's login prints its holder's full name and
     * position ("Phó Giám đốc" signs "KT. GIÁM ĐỐC"); a name typed in prints as typed under the
     * authority's {@code head}; a login whose holder has no name leaves the blank. Logins have no
     * spaces, names do.
     */
    OfficialDocument.Signature signature(String signer, String head) {
        AccountHolder holder = accounts.holder(signer);
        if (holder.named()) {
            return new OfficialDocument.Signature(position(holder.position(), head), holder.fullName());
        }
        String typed = signer.strip();
        return new OfficialDocument.Signature(List.of(head), typed.indexOf(' ') < 0 ? BLANK : typed);
    }

    /** The signer as a list's caption names them: the full name, the name typed in, or the blank. */
    String signer(String signer) {
        return signature(signer, "").fullName();
    }

    /** "Phó Giám đốc" → KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC; "Giám đốc" → GIÁM ĐỐC; none → the authority's head. */
    static List<String> position(String position, String head) {
        if (position == null || position.isBlank()) {
            return List.of(head);
        }
        String upper = position.strip().toUpperCase(Language.VIETNAMESE);
        return upper.startsWith("PHÓ ") ? List.of("KT. " + upper.substring(4), upper) : List.of(upper);
    }
}
