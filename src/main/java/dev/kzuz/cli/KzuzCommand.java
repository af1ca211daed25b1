package dev.kzuz.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Properties;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;

/** The root command: lists the subcommands; with none, prints usage. */
public final class KzuzCommand implements Runnable {
    static final IVersionProvider VERSION_PROVIDER = new Version();

    /**
     * The version (pom.xml states it; the build writes it in), the bundled knowledge base's size
     * and the last day its sources were checked (written when it is compiled), and the Java kzuz
     * runs on: what a bug report needs.
     */
    private static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties version = properties("/dev/kzuz/version.properties");
            Properties kb = properties("/kb/about.properties");
            return new String[] {
                "kzuz " + version.getProperty("version", "(unknown version)"),
                "knowledge base: " + kb.getProperty("records", "?") + " records, sources checked up to " + kb.getProperty("checked", "?"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), " + System.getProperty("java.home")};
        }

        private static Properties properties(String resource) {
            Properties p = new Properties();
            try (InputStream in = KzuzCommand.class.getResourceAsStream(resource)) {
                if (in != null) {
                    p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (IOException unreadable) {
                // A damaged jar: say what is known.
            }
            return p;
        }
    }

    private final App app;
    private final CommandSpec spec;

    public KzuzCommand(App app) {
        this.app = app;
        spec = Model.command(this, "kzuz");
        Model.standardHelp(spec);
    }

    /** The root's model, to make a {@link CommandLine} of. */
    public CommandSpec spec() {
        return spec;
    }

    App app() {
        return app;
    }

    /**
     * Adds the subcommands {@code args} need, as few as can be: building the model of every
     * command costs start-up time. The command named, alone; for the root's usage and version,
     * none (the usage lists them from {@link Subcommand}); for an unknown name (suggestions), their
     * names; every command in full for 'help', or without {@code args} (completion, the man page,
     * the shell).
     */
    public static void addSubcommands(CommandLine root, String[] args) {
        KzuzCommand kzuz = root.getCommand();
        String first = args == null || args.length == 0 ? null : args[0];
        Subcommand only = first == null ? null : Subcommand.named(first);
        if (only != null) {
            kzuz.add(root, only.create());
        } else if (args != null && (first == null || first.startsWith("-"))) {
            // Usage, help or version: the usage lists the commands from Subcommand (RootHelp).
            root.setHelpFactory(new RootHelpFactory(kzuz.spec, listedCommands()));
        } else if (args != null && !"help".equals(first)) {
            // A mistyped command: its suggestions need the names registered (never run: a command
            // line naming one gets the real command).
            for (String name : listedCommands()) {
                root.addSubcommand(name, CommandSpec.create().name(name));
            }
        } else {
            for (Subcommand c : Subcommand.values()) {
                kzuz.add(root, c.create());
            }
            // 'kzuz help treaties' needs the others registered, so help only comes with all of them.
            root.addSubcommand("help", new HelpCommand().spec());
        }
    }

    /** The commands the root's usage lists: the subcommands, then 'help'. */
    private static List<String> listedCommands() {
        List<String> names = new ArrayList<>(Subcommand.names());
        names.add("help");
        return names;
    }

    /** The root's help from the list; any other command's, picocli's own. */
    private record RootHelpFactory(CommandSpec root, List<String> commands) implements CommandLine.IHelpFactory {
        @Override
        public CommandLine.Help create(CommandSpec spec, CommandLine.Help.ColorScheme colors) {
            return spec == root ? new RootHelp(spec, colors, commands) : new CommandLine.Help(spec, colors);
        }
    }

    private void add(CommandLine root, BaseCommand command) {
        command.root = this;
        root.addSubcommand(command.spec.name(), command.model());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
