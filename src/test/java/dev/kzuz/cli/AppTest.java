package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.RecordType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a session keeps, when two commands use it at once (in the shell, one abandoned with
 * Ctrl-C runs on): each gets the search made for its own records.
 */
class AppTest {
    @Test
    void aLateSearchOverRecordsLoadedBeforeNeverServesTheNextCommand(@TempDir Path kb) throws Exception {
        Files.createDirectories(kb.resolve("treaties"));
        Files.writeString(kb.resolve("treaties/extra.yaml"), "- id: zzyzx-accord\n  title: {en: Zzyzx accord}\n  kind: agreement\n"
                + "  date: '1998-02-10'\n  parties: [KZ, UZ]\n  verdict: unconfirmed\n  sources: [essay-kk]\n");
        App app = new App(new Terminal(false));
        List<KbSource> bundled = List.of(KbSource.bundled());
        List<KbSource> withOverlay = List.of(KbSource.bundled(), KbSource.directory(kb));
        // The abandoned command loaded the bundled records; the next one loads the overlay too...
        LoadResult first = app.load(bundled);
        LoadResult second = app.load(withOverlay);
        assertThat(second.problems()).isEmpty();
        // ... then the abandoned one gets to its search, over its own records.
        assertThat(app.search(bundled, first.kb()).run("zzyzx", EnumSet.allOf(RecordType.class), 5))
                .extracting(hit -> hit.record().id()).doesNotContain("zzyzx-accord");
        // The next command's search is over the overlay, as its records are.
        assertThat(app.search(withOverlay, second.kb()).run("zzyzx", EnumSet.allOf(RecordType.class), 5))
                .extracting(hit -> hit.record().id()).first().isEqualTo("zzyzx-accord");
        assertThat(app.load(withOverlay)).isSameAs(second);
    }
}
