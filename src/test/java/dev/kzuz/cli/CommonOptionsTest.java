package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.RecordType;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The options every command shares, as their help states them. */
class CommonOptionsTest {
    /** The folder names come from RecordType: a new record type is named in --kb's help, or this fails. */
    @Test
    void kbHelpNamesTheFolderOfEveryRecordTypeOnce() {
        PrintWriter none = new PrintWriter(new StringWriter());
        String help = String.join(" ", Cli.commandLine(new App(new Terminal(false)), none, none, false, new String[] {"treaties"})
                .getSubcommands().get("treaties").getCommandSpec().findOption("--kb").description());
        for (RecordType t : RecordType.values()) {
            assertThat(help).as(t.folder()).containsOnlyOnce(" " + t.folder() + "/");
        }
        assertThat(help).contains("under treaties/, events/, institutions/, trade/, sources/, places/, claims/)");
    }
}
