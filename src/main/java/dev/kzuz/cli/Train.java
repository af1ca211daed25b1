package dev.kzuz.cli;

import dev.kzuz.Kzuz;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run for class-data sharing (JDK 17) and the AOT cache (JDK 25): the launcher
 * runs it once per jar and JDK, in the background, with the archive flags, so that every
 * subcommand's classes are in the archive, not only the one a user ran first.
 */
public final class Train {
    private Train() {
    }

    public static void main(String[] args) throws IOException {
        PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Path draft = Files.createTempFile("kzuz-train", ".md");
        Files.writeString(draft, "The Treaty of Eternal Friendship was signed in Tashkent on 31 October 1998.\n"
                + "In 2011 trade reached $1.95 billion.\n");
        try {
            String[][] commands = {
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
                {"cite", "cadb", "--lang", "ru"},
                {"sources", "tokayev-2000", "--format", "bibtex"},
                {"check", draft.toString()},
                {"--help"},
                {"treaties", "--help"},
                {"--version"},
                {"treatis"},
            };
            for (String[] c : commands) {
                Kzuz.run(new App(new Terminal(false)), none, none, c);
            }
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
