package dev.kzuz.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's command model, built in code. Reading the same from annotations costs reflection and
 * a proxy class per annotation type, which no class-data archive holds: that was the largest part
 * of start-up.
 */
final class Model {
    private Model() {
    }

    /** What every command's help ends with. */
    static final Map<String, String> EXIT_CODES = exitCodes();

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put("0", "success");
        codes.put("1", "internal error (a bug: run again with --debug and report it)");
        codes.put("2", "usage error: unknown command or option, bad value");
        codes.put("3", "no record with that id");
        codes.put("4", "the knowledge base (bundled or --kb) is invalid");
        codes.put("5", "check: the draft contradicts the knowledge base");
        return codes;
    }

    /** A command's model: its name, help texts and the settings every kzuz command shares. */
    static CommandSpec command(Object command, String name, String header, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        if (header != null) {
            spec.usageMessage().header(header);
        }
        spec.usageMessage()
                .description(description)
                .sortOptions(false)
                .autoWidth(true)
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(EXIT_CODES);
        spec.versionProvider(KzuzCommand.VERSION_PROVIDER);
        return spec;
    }

    /** -h/--help and -V/--version, added last so they close the option list as picocli's own do. */
    static void standardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    }

    /** An option taking one value of {@code type}. */
    static OptionSpec.Builder option(String name, String label, Class<?> type, Arg<?> arg, String description) {
        return withPathConverter(OptionSpec.builder(name).paramLabel(label).type(type).getter(arg).setter(arg).initialValue(arg.initial())
                .description(description), type);
    }

    /** picocli's own Path converter is switched off (see Cli.run): it is found by reflection. */
    private static OptionSpec.Builder withPathConverter(OptionSpec.Builder option, Class<?> type) {
        return type == java.nio.file.Path.class ? option.converters(new Converters.PathConverter()) : option;
    }

    /** An option without a value: present or not. */
    static OptionSpec.Builder flag(String name, Arg<Boolean> arg, String description) {
        return OptionSpec.builder(name).type(boolean.class).getter(arg).setter(arg).initialValue(arg.initial()).description(description);
    }

    /** A repeatable option collecting values of {@code type}. */
    static OptionSpec.Builder list(String name, String label, Class<?> type, Arg<? extends List<?>> arg, String description) {
        return withPathConverter(OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(type).getter(arg).setter(arg)
                .initialValue(arg.initial()).description(description), type);
    }

    /** A positional parameter of one value ({@code arity} 1) or several ({@code 1..*}, {@code 0..*}). */
    static PositionalParamSpec.Builder parameter(String arity, String label, Arg<?> arg, String description) {
        boolean many = arity.endsWith("*");
        PositionalParamSpec.Builder b = PositionalParamSpec.builder().arity(arity).required(!arity.startsWith("0")).paramLabel(label).getter(arg).setter(arg)
                .initialValue(arg.initial()).description(description);
        return many ? b.type(List.class).auxiliaryTypes(String.class) : b.index("0").type(String.class);
    }
}
