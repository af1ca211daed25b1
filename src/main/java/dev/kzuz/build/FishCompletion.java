package dev.kzuz.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script from the same command model as the bash and zsh ones (picocli
 * generates those two, not fish): subcommands, their options with descriptions, and the
 * candidates of options and arguments (record ids included).
 */
final class FishCompletion {
    private FishCompletion() {
    }

    static String script(CommandLine root) {
        String name = root.getCommandName();
        StringBuilder b = new StringBuilder();
        b.append("# fish completion for ").append(name).append(", generated from its command model; do not edit.\n");
        b.append("complete -c ").append(name).append(" -f\n");
        List<String> subs = new ArrayList<>(root.getSubcommands().keySet());
        String noSub = "not __fish_seen_subcommand_from " + String.join(" ", subs);
        for (OptionSpec o : root.getCommandSpec().options()) {
            b.append(option(name, noSub, o));
        }
        for (String sub : subs) {
            CommandSpec spec = root.getSubcommands().get(sub).getCommandSpec();
            b.append("complete -c ").append(name).append(" -n '").append(noSub).append("' -a ").append(sub)
                    .append(" -d ").append(quote(description(spec))).append('\n');
            String seen = "__fish_seen_subcommand_from " + sub;
            for (OptionSpec o : spec.options()) {
                b.append(option(name, seen, o));
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                Iterable<String> candidates = p.completionCandidates();
                if (candidates != null) {
                    b.append("complete -c ").append(name).append(" -n '").append(seen).append("' -a ")
                            .append(quote(String.join(" ", candidates))).append('\n');
                } else if (p.paramLabel().toLowerCase(Locale.ROOT).contains("draft")) {
                    b.append("complete -c ").append(name).append(" -n '").append(seen).append("' -F\n");
                }
            }
        }
        return b.toString();
    }

    private static String option(String name, String condition, OptionSpec o) {
        StringBuilder b = new StringBuilder("complete -c ").append(name).append(" -n '").append(condition).append("'");
        for (String n : o.names()) {
            if (n.startsWith("--")) {
                b.append(" -l ").append(n.substring(2));
            } else if (n.startsWith("-") && n.length() == 2) {
                b.append(" -s ").append(n.substring(1));
            }
        }
        if (o.arity().max() > 0) {
            Iterable<String> candidates = o.completionCandidates();
            if (candidates != null) {
                b.append(" -x -a ").append(quote(String.join(" ", candidates)));
            } else if (o.typeInfo().getType() == java.nio.file.Path.class
                    || o.typeInfo().getAuxiliaryTypes().length > 0 && o.typeInfo().getAuxiliaryTypes()[0] == java.nio.file.Path.class) {
                b.append(" -r -F");
            } else {
                b.append(" -x");
            }
        }
        String d = o.description().length == 0 ? "" : o.description()[0];
        if (!d.isEmpty()) {
            b.append(" -d ").append(quote(firstSentence(d)));
        }
        return b.append('\n').toString();
    }

    private static String description(CommandSpec spec) {
        String[] h = spec.usageMessage().header();
        return h.length > 0 ? firstSentence(h[0]) : "";
    }

    private static String firstSentence(String s) {
        String t = s.replace("${COMPLETION-CANDIDATES}", "").strip();
        int dot = t.indexOf(". ");
        return (dot > 0 ? t.substring(0, dot + 1) : t).replaceAll("\\s+", " ");
    }

    /** A single-quoted fish string. */
    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
