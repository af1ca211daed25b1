package dev.kzuz.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.FieldChanges;
import dev.kzuz.model.GeneratedRecords;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;

/**
 * The detail view (what table, Markdown and CSV show of one record) shows exactly the fields
 * {@link dev.kzuz.model.Schema} marks shown: over generated records of each type, changing a
 * shown field changes the view for some record, and changing a field marked hidden changes it
 * for none. A field Projection forgets fails the first; a hidden field that leaks, the second.
 */
class DetailViewSchemaTest {
    private static final int RECORDS = 100;
    /** Each sampled record's view, made once for all its fields. */
    private static final Map<KbRecord, Projection.Detail> BEFORE = new IdentityHashMap<>();

    @Example
    void theDetailViewShowsExactlyTheFieldsMarkedShown() {
        List<String> wrong = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            List<KbRecord> sample = GeneratedRecords.sample(type, RECORDS, 17 + type.ordinal());
            for (FieldChanges.Path path : FieldChanges.paths(type)) {
                int reached = 0;
                boolean changes = false;
                for (KbRecord r : sample) {
                    Projection.Detail before = BEFORE.computeIfAbsent(r, DetailViewSchemaTest::detail);
                    for (KbRecord other : FieldChanges.changed(r, path)) {
                        reached++;
                        changes |= !detail(other).equals(before);
                    }
                }
                assertThat(reached).as(type + ": no generated record lets " + path + " change").isPositive();
                if (path.leaf().shown() && !changes) {
                    wrong.add(type.folder() + ": " + path.name() + " is marked shown, but changing it never changes the detail view");
                }
                if (!path.leaf().shown() && changes) {
                    wrong.add(type.folder() + ": " + path.name() + " is marked hidden (" + path.leaf().hidden() + "), but the detail view shows it");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Projection.Detail detail(KbRecord r) {
        return Projection.detail(new DetailView(r, Lang.EN, GeneratedRecords.around(r)));
    }
}
