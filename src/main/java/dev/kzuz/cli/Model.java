package dev.kzuz.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's command model, built in code. Reading the same from annotations costs reflection and
 * a proxy class per annotation type, which no class-data archive holds: that was the largest part
 * of start-up. The words of the help are not here but in the help bundles ({@link HelpText}),
 * under the keys these methods give: an option's name without its dashes, a parameter's label
 * in lower case.
 */
final class Model {
    private Model() {
    }

    /** A command's model: its name and the settings every kzuz command shares. */
    static CommandSpec command(Object command, String name) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().sortOptions(false).autoWidth(true);
        spec.versionProvider(KzuzCommand.VERSION_PROVIDER);
        return spec;
    }

    /** -h/--help and -V/--version, added last so they close the option list as picocli's own do. */
    static void standardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).descriptionKey("help").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).descriptionKey("version").build());
    }

    /** An option taking one value of {@code type}. */
    static OptionSpec.Builder option(String name, String label, Class<?> type, Arg<?> arg) {
        return withPathConverter(OptionSpec.builder(name).paramLabel(label).type(type).getter(arg).setter(arg).initialValue(arg.initial())
                .descriptionKey(key(name)), type);
    }

    /** picocli's own Path converter is switched off (see Cli.run): it is found by reflection. */
    private static OptionSpec.Builder withPathConverter(OptionSpec.Builder option, Class<?> type) {
        return type == java.nio.file.Path.class ? option.converters(new Converters.PathConverter()) : option;
    }

    /** An option without a value: present or not. */
    static OptionSpec.Builder flag(String name, Arg<Boolean> arg) {
        return OptionSpec.builder(name).type(boolean.class).getter(arg).setter(arg).initialValue(arg.initial()).descriptionKey(key(name));
    }

    /** A repeatable option collecting values of {@code type}. */
    static OptionSpec.Builder list(String name, String label, Class<?> type, Arg<? extends List<?>> arg) {
        return withPathConverter(OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(type).getter(arg).setter(arg)
                .initialValue(arg.initial()).descriptionKey(key(name)), type);
    }

    /** A positional parameter of one value ({@code arity} 1) or several ({@code 1..*}, {@code 0..*}). */
    static PositionalParamSpec.Builder parameter(String arity, String label, Arg<?> arg) {
        boolean many = arity.endsWith("*");
        PositionalParamSpec.Builder b = PositionalParamSpec.builder().arity(arity).required(!arity.startsWith("0")).paramLabel(label).getter(arg).setter(arg)
                .initialValue(arg.initial()).descriptionKey(label.toLowerCase(Locale.ROOT));
        return many ? b.type(List.class).auxiliaryTypes(String.class) : b.index("0").type(String.class);
    }

    /** An option's key in the help bundles: "--chart-out" is "chart-out". */
    private static String key(String option) {
        return option.substring(option.startsWith("--") ? 2 : 1);
    }
}
