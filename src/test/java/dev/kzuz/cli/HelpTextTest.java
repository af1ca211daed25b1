package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The help bundles: every language has every key, every part of the model has its words, and every key is read. */
class HelpTextTest {
    static List<Lang> languages() {
        return LangSetting.SHOWN;
    }

    /** A bundle that notes the keys picocli reads from it. */
    private static final class Reading extends ResourceBundle {
        private final ResourceBundle words;
        private final Set<String> read = Collections.synchronizedSet(new HashSet<>());

        Reading(ResourceBundle words) {
            this.words = words;
        }

        @Override
        protected Object handleGetObject(String key) {
            read.add(key);
            return words.containsKey(key) ? words.getObject(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return words.getKeys();
        }

        /** Without this, ResourceBundle lists the keys by reading each one. */
        @Override
        protected Set<String> handleKeySet() {
            return words.keySet();
        }
    }

    /** Every command's model, as 'kzuz help' and the man pages have it. */
    private static CommandLine model() {
        PrintWriter none = new PrintWriter(new StringWriter());
        return Cli.commandLine(new App(new Terminal(false)), none, none, false);
    }

    @Test
    void everyLanguageHasTheKeysOfTheEnglishBundleAndNoOther() {
        Set<String> english = new TreeSet<>(HelpText.bundle(Lang.EN).keySet());
        for (Lang lang : languages()) {
            assertThat(new TreeSet<>(HelpText.bundle(lang).keySet())).as("keys of the %s help bundle", lang.code()).isEqualTo(english);
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyCommandOptionAndParameterHasItsWordsAndEveryKeyIsRead(Lang lang) {
        CommandLine root = model();
        Reading bundle = new Reading(HelpText.bundle(lang));
        HelpText.use(root, bundle);
        List<CommandSpec> commands = new ArrayList<>();
        commands.add(root.getCommandSpec());
        root.getSubcommands().values().forEach(c -> commands.add(c.getCommandSpec()));
        assertThat(commands).hasSize(Subcommand.values().length + 2);
        assertThat(root.getCommandSpec().usageMessage().description()).as("kzuz's description").isNotEmpty();
        for (CommandSpec command : commands) {
            String name = command.qualifiedName();
            if (command != root.getCommandSpec()) {
                assertThat(String.join("", command.usageMessage().header())).as(name + "'s header in " + lang.code()).isNotBlank();
            }
            assertThat(command.usageMessage().exitCodeList().keySet()).as(name + "'s exit codes").containsExactlyElementsOf(exitCodes());
            for (ArgSpec arg : command.args()) {
                assertThat(String.join("", arg.description())).as(name + " " + arg.paramLabel() + " in " + lang.code()).isNotBlank();
            }
            command.commandLine().usage(new PrintWriter(new StringWriter()));
        }
        Set<String> unread = new TreeSet<>(bundle.words.keySet());
        unread.removeAll(bundle.read);
        // Not picocli's: build.GenerateDocs reads "man." (ManPagesTest), the shell "shell." (ShellTest).
        unread.removeIf(key -> key.startsWith("man.") || key.startsWith("shell."));
        assertThat(unread).as("keys of the %s help bundle that no help reads", lang.code()).isEmpty();
    }

    private static List<String> exitCodes() {
        List<String> codes = new ArrayList<>();
        for (ExitCode c : ExitCode.values()) {
            codes.add(String.valueOf(c.code()));
        }
        return codes;
    }

    /** The folder names come from RecordType: a new record type is named in --kb's help, or this fails. */
    @ParameterizedTest
    @MethodSource("languages")
    void kbHelpNamesTheFolderOfEveryRecordType(Lang lang) {
        String help = HelpText.bundle(lang).getString("kb");
        assertThat(help).contains(RecordType.folderNames("/", ", "));
        for (RecordType t : RecordType.values()) {
            assertThat(help).as(t.folder()).containsOnlyOnce(t.folder() + "/");
        }
    }

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

    /** Names that stay as they are in every language: of formats, programs, standards, keys, placeholders, files. */
    private static final List<String> NAMES = List.of("Markdown", "APA", "ISO", "UTF", "LaTeX", "Zotero", "Tab", "Ctrl", "D",
            "KZUZ", "YYYY", "MM", "DD", "LINE", "COL", "id", "key", "png", "yaml", "yml", "config", "kzuz", "set", "exit");

    static List<Lang> translations() {
        return languages().stream().filter(lang -> lang != Lang.EN).toList();
    }

    /** The translations in Cyrillic, where any Latin word is a literal or a leak. */
    static List<Lang> cyrillicTranslations() {
        return translations().stream().filter(lang -> lang.script() == Lang.Script.CYRILLIC).toList();
    }

    /** The translations in Latin letters (Uzbek), where an English word is harder to see. */
    static List<Lang> latinTranslations() {
        return translations().stream().filter(lang -> lang.script() == Lang.Script.LATIN).toList();
    }

    /**
     * The Latin words a translation may have: what is typed as it is (commands, options, their
     * values and labels, record folders, as the model has them), {@link #NAMES}, Roman numerals.
     */
    private static Set<String> literals() {
        Set<String> words = new HashSet<>();
        List<String> typed = new ArrayList<>(NAMES);
        CommandLine root = model();
        List<CommandSpec> commands = new ArrayList<>(List.of(root.getCommandSpec()));
        root.getSubcommands().values().forEach(c -> commands.add(c.getCommandSpec()));
        for (CommandSpec command : commands) {
            typed.add(command.name());
            for (ArgSpec arg : command.args()) {
                typed.add(arg.paramLabel());
                if (arg instanceof OptionSpec o) {
                    typed.addAll(List.of(o.names()));
                    if (o.completionCandidates() != null) {
                        o.completionCandidates().forEach(typed::add);
                    }
                }
            }
        }
        typed.add(RecordType.folderNames("/", ", "));
        for (String t : typed) {
            Matcher m = LATIN_WORD.matcher(t);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * Kazakh and Russian help writes no English: its only Latin words are {@link #literals()};
     * and no word mixes Cyrillic with a Latin look-alike.
     */
    @ParameterizedTest
    @MethodSource("cyrillicTranslations")
    void kazakhAndRussianCarryOverLiteralsOnly(Lang lang) {
        Set<String> literals = literals();
        ResourceBundle words = HelpText.bundle(lang);
        List<String> foreign = new ArrayList<>();
        for (String key : words.keySet()) {
            String text = words.getString(key).replace("%n", " ");
            Matcher m = LATIN_WORD.matcher(text);
            while (m.find()) {
                String word = m.group();
                if (!literals.contains(word.toLowerCase(Locale.ROOT)) && !word.matches("[IVX]+")) {
                    foreign.add(key + ": " + word);
                }
            }
            for (String token : text.split("[^\\p{L}]+")) {
                if (token.matches(".*\\p{IsCyrillic}.*") && token.matches(".*\\p{IsLatin}.*")) {
                    foreign.add(key + ": mixed scripts in '" + token + "'");
                }
            }
        }
        assertThat(foreign).as("Latin words in the %s help", lang.code()).isEmpty();
    }

    /** Words Uzbek spells as English does, which its help may use as Uzbek words ("gap": a sentence). */
    private static final Set<String> SHARED_WITH_ENGLISH = Set.of("format", "gap", "internet", "terminal", "url");

    /**
     * Uzbek help writes no English and no Cyrillic: no word of it is a word of the English help
     * (beyond {@link #literals()} and words the two languages share), and o‘ g‘ are typed with
     * U+2018, the tutuq belgisi with U+2019.
     */
    @ParameterizedTest
    @MethodSource("latinTranslations")
    void uzbekWritesNoEnglishAndOnlyItsOwnAlphabet(Lang lang) {
        Set<String> literals = literals();
        ResourceBundle english = HelpText.bundle(Lang.EN);
        Set<String> englishWords = new HashSet<>();
        for (String key : english.keySet()) {
            Matcher m = LATIN_WORD.matcher(english.getString(key));
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (w.length() > 2 && !literals.contains(w) && !SHARED_WITH_ENGLISH.contains(w)) {
                    englishWords.add(w);
                }
            }
        }
        ResourceBundle words = HelpText.bundle(lang);
        List<String> foreign = new ArrayList<>();
        for (String key : words.keySet()) {
            String text = words.getString(key).replace("%n", " ");
            for (String token : text.split("[^\\p{L}\u2018\u2019]+")) {
                if (englishWords.contains(token.toLowerCase(Locale.ROOT))) {
                    foreign.add(key + ": " + token);
                }
                if (token.matches(".*\\p{IsCyrillic}.*")) {
                    foreign.add(key + ": Cyrillic in '" + token + "'");
                }
            }
            if (text.matches("(?s).*[oOgG]['`\u02BB\u02BC\u2019].*")) {
                foreign.add(key + ": o‘ or g‘ not typed with U+2018");
            }
        }
        assertThat(foreign).as("English or Cyrillic words in the %s help", lang.code()).isEmpty();
    }
}
