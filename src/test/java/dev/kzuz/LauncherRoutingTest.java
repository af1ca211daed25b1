package dev.kzuz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.cli.ArchiveGroup;
import dev.kzuz.cli.Subcommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * bin/kzuz, a POSIX shell script, keeps its own list of which archive group each command runs
 * in; this holds it to the command registry ({@link Subcommand}), so a command added, renamed or
 * moved to another group cannot leave the launcher routing it to a wrong or missing archive.
 */
class LauncherRoutingTest {
    private static final String LAUNCHER = read();
    private static final Pattern ARM = Pattern.compile("\\s*([^)\\s]+)\\) group=([a-z]+) ;;");

    private static String read() {
        try {
            return Files.readString(Path.of("bin/kzuz"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theLauncherRoutesEveryCommandToItsGroupAndNothingElse() {
        int start = LAUNCHER.indexOf("case ${1:-} in\n");
        int end = LAUNCHER.indexOf("\nesac\n", start);
        assertThat(start).as("bin/kzuz's case over the command name").isPositive();
        Map<String, String> routed = new TreeMap<>();
        String otherwise = null;
        for (String arm : LAUNCHER.substring(start, end).lines().skip(1).toList()) {
            Matcher m = ARM.matcher(arm);
            assertThat(m.matches()).as("a line of bin/kzuz's routing: %s", arm).isTrue();
            for (String name : m.group(1).split("\\|")) {
                if (name.equals("*")) {
                    otherwise = m.group(2);
                } else {
                    assertThat(routed.put(name, m.group(2))).as("%s routed twice", name).isNull();
                }
            }
        }
        Map<String, String> registry = new TreeMap<>();
        for (Subcommand c : Subcommand.values()) {
            registry.put(c.command(), c.group().word());
        }
        assertThat(routed).isEqualTo(registry);
        assertThat(otherwise).as("what no command's name routes to").isEqualTo(ArchiveGroup.HELP.word());
    }

    @Test
    void theLauncherUsesEveryGroupAndNoOther() {
        TreeSet<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\bgroup=([a-z]+)").matcher(LAUNCHER);
        while (m.find()) {
            used.add(m.group(1));
        }
        TreeSet<String> groups = new TreeSet<>();
        for (ArchiveGroup g : ArchiveGroup.values()) {
            groups.add(g.word());
        }
        assertThat(used).isEqualTo(groups);
    }

    @Test
    void theImagesArchivesAreMadeForEveryGroup() {
        Matcher m = Pattern.compile("for group in ([a-z ]+); do").matcher(LAUNCHER);
        assertThat(m.find()).as("bin/kzuz's loop over the groups for KZUZ_ARCHIVES_INTO").isTrue();
        TreeSet<String> groups = new TreeSet<>();
        for (ArchiveGroup g : ArchiveGroup.values()) {
            groups.add(g.word());
        }
        assertThat(new TreeSet<>(java.util.List.of(m.group(1).split(" ")))).isEqualTo(groups);
    }
}
