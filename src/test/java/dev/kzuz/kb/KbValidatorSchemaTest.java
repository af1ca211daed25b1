package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.FieldChanges;
import dev.kzuz.model.GeneratedRecords;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;

/**
 * The validator checks every field {@link Schema} describes as a reference to another record
 * or as a country code, nested ones too: a generated record whose field names a missing id, or
 * a code no country has, gets a problem that quotes it.
 */
class KbValidatorSchemaTest {
    private static final String MISSING_ID = "zz-no-such-record";
    private static final String NO_COUNTRY = "ZZ";

    @Example
    void everyReferenceAndCountryFieldIsChecked() {
        List<String> unchecked = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            List<KbRecord> sample = GeneratedRecords.sample(type, 40, 41 + type.ordinal());
            for (FieldChanges.Path path : FieldChanges.paths(type)) {
                Schema.Field f = path.leaf();
                String bad = f.kind() == Schema.Kind.REF || f.kind() == Schema.Kind.REF_BY_LANGUAGE ? MISSING_ID
                        : f.kind() == Schema.Kind.COUNTRY ? NO_COUNTRY : null;
                if (bad == null) {
                    continue;
                }
                Object value = f.kind() == Schema.Kind.REF_BY_LANGUAGE ? LocalizedText.en(bad) : f.many() ? List.of(bad) : bad;
                int tried = 0;
                for (KbRecord r : sample) {
                    KbRecord broken = FieldChanges.with(r, path, value);
                    if (broken == null) {
                        continue;
                    }
                    tried++;
                    List<KbProblem> problems = new KbValidator(GeneratedRecords.around(broken), Map.of(), false).validate();
                    if (!problems.toString().contains("'" + bad + "'")) {
                        unchecked.add(type.folder() + ": " + path.name() + " = " + bad + " passes: " + problems);
                        break;
                    }
                }
                assertThat(tried).as(type + ": no generated record reaches " + path).isPositive();
            }
        }
        assertThat(unchecked).isEmpty();
    }
}
