package vn.thidua.eligibility.rulesets;

import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.Citations;
import vn.thidua.eligibility.engine.RuleSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How compiled rules cite: through the provisions.yaml that travels with them. A rule naming a
 * provision not in force on the reference date cites its replacement in force then; a legalBasis
 * text (a rule written before the register) is cited as written, after the provisions.
 */
@Component
public class RegisterCitations implements Citations.Source {

    @Override
    public Citations of(RuleSource source) {
        String yaml = source.files().get(ProvisionRegister.FILE);
        if (yaml == null) {
            return Citations::asNamed;
        }
        try {
            return citing(ProvisionRegister.parse(yaml));
        } catch (InvalidParametersException e) {
            // validation reports the register's problems; compiling for it must not fail on them
            return Citations::asNamed;
        }
    }

    static Citations citing(ProvisionRegister register) {
        return (codes, legalBasis, on) -> cite(register, codes, legalBasis, on);
    }

    static Citations.Cited cite(ProvisionRegister register, List<String> codes, String legalBasis, LocalDate on) {
        List<Provision> cited = register.cite(codes, on);
        List<String> vi = new ArrayList<>(cited.stream().map(Provision::referenceVi).toList());
        List<String> en = new ArrayList<>(cited.stream().map(Provision::referenceEn).toList());
        if (legalBasis != null) {
            vi.add(legalBasis);
            en.add(legalBasis);
        }
        return new Citations.Cited(cited.stream().map(Provision::code).toList(),
                vi.isEmpty() ? null : String.join("; ", vi), en.isEmpty() ? null : String.join("; ", en));
    }
}
