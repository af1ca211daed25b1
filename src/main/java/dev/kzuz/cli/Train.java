package dev.kzuz.cli;

import dev.kzuz.Kzuz;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run for class-data sharing (JDK 17) and the AOT cache (JDK 25): the launcher
 * runs it once per jar, JDK and group, in the background, with the archive flags.
 *
 * <p>Two groups, two archives: {@code core} holds the commands that answer from the records
 * alone (lists, details, search, timeline, trade, help); {@code full} adds the citation
 * processor, the draft checker, YAML overlays and charts. A JDK 25 AOT cache loads all it holds
 * at start-up, so one archive of everything made every list 12 ms slower (and a JDK 17 archive
 * 5 ms): the launcher picks the group by the command line.
 */
public final class Train {
    private Train() {
    }

    /** Commands for the core archive: every format of the record commands. */
    static final String[][] CORE = {
        {"treaties", "--since", "1994"},
        {"treaties", "--since", "1994", "--until", "1998", "--party", "KG", "--format", "table"},
        {"treaties", "--format", "json"},
        {"treaties", "--format", "csv"},
        {"treaty", "eternal-friendship-1998"},
        {"events", "--since", "1992", "--until", "1995"},
        {"event", "diplomatic-relations-1992", "--format", "table"},
        {"institutions"},
        {"institution", "cadb"},
        {"institution", "csto", "--lang", "kk", "--format", "table"},
        {"institution", "cadbx"},
        {"search", "tashkent"},
        {"timeline", "--since", "1997", "--until", "1998", "--lang", "ru"},
        {"claims", "--verdict", "conflict"},
        {"trade"},
        {"trade", "--chart"},
        {"--help"},
        {"treaties", "--help"},
        {"help", "treaties"},
        {"--version"},
        {"treatis"},
        {"treaties", "--since", "abc"},
    };

    public static void main(String[] args) throws IOException {
        boolean full = args.length > 0 && args[0].equals("full");
        PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Path draft = Files.createTempFile("kzuz-train", ".md");
        Path chart = Files.createTempFile("kzuz-train", ".svg");
        Files.writeString(draft, "The Treaty of Eternal Friendship was signed in Tashkent on 31 October 1998.\n"
                + "In 2011 trade reached $1.95 billion.\n");
        try {
            List<String[]> commands = new ArrayList<>(List.of(CORE));
            if (full) {
                commands.add(new String[] {"treaties", "--since", "1998", "--cite"});
                commands.add(new String[] {"cite", "cadb", "--lang", "ru"});
                commands.add(new String[] {"sources", "tokayev-2000", "--format", "bibtex"});
                commands.add(new String[] {"sources", "cadb", "--format", "csl-json"});
                commands.add(new String[] {"check", draft.toString()});
                commands.add(new String[] {"trade", "--chart-out", chart.toString()});
                commands.add(new String[] {"validate"});
            }
            for (String[] c : commands) {
                Kzuz.run(new App(new Terminal(false)), none, none, c);
            }
        } finally {
            Files.deleteIfExists(draft);
            Files.deleteIfExists(chart);
        }
    }
}
