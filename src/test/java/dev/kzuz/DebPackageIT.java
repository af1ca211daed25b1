package dev.kzuz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb as a user installs it (target/kzuz_VERSION-1_amd64.deb, made by jpackage at package):
 * dpkg -i, then kzuz on the PATH with no Java installed there, its man pages (English, Kazakh,
 * Russian, Uzbek) and its bash completion, then dpkg --purge leaving nothing behind. It installs into the
 * system, so it runs only as root (as CI does), and only where no other kzuz package is installed.
 */
class DebPackageIT {
    private static final Path DEB = Path.of("target/kzuz_" + Unpacked.VERSION + "-1_amd64.deb");

    @Test
    void installsRunsShowsItsManPagesCompletesAndRemovesCleanly(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(DEB), "the .deb is made where dpkg-deb and fakeroot are found");
        assumeTrue("root".equals(System.getProperty("user.name")), "installing a package needs root");
        Map<String, String> sys = Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", "LANG", "C.UTF-8", "HOME", dir.toString());
        assumeTrue(!Unpacked.run(dir, sys, List.of("dpkg-query", "-W", "-f=${Status}", "kzuz")).out().endsWith(" installed"),
                "a kzuz package is installed already");
        Path tools = Unpacked.toolsWithoutJavaOrMaven();
        Map<String, String> user = Map.of("PATH", tools.toString(), "HOME", Files.createDirectories(dir.resolve("home")).toString(),
                "LANG", "C.UTF-8", "KZUZ_LANG", "en", "MANPAGER", "cat", "MANWIDTH", "80");
        try {
            Unpacked.Run installed = Unpacked.run(dir, sys, List.of("dpkg", "-i", DEB.toAbsolutePath().toString()));
            assertThat(installed.code()).as(installed.out() + installed.err()).isZero();
            assertThat(installed.err()).isEmpty();

            Unpacked.Run treaties = Unpacked.run(dir, user, List.of("kzuz", "treaties", "--since", "1994"));
            assertThat(treaties.code()).as(treaties.err()).isZero();
            assertThat(treaties.err()).isEmpty();
            assertThat(treaties.out()).startsWith("| Date | Title |").contains("Treaty of Eternal Friendship");
            Unpacked.Run version = Unpacked.run(dir, user, List.of("kzuz", "--version"));
            assertThat(version.out()).startsWith("kzuz " + Unpacked.VERSION + "\n").contains("/opt/kzuz/lib/runtime");

            Unpacked.Run man = Unpacked.run(dir, user, List.of("man", "kzuz"));
            assertThat(man.code()).as(man.err()).isZero();
            assertThat(man.out()).contains("NAME", "SYNOPSIS", "treaties");
            Unpacked.Run manKk = Unpacked.run(dir, user, List.of("man", "-L", "kk", "kzuz"));
            assertThat(manKk.out()).contains("АТАУЫ");
            Unpacked.Run manUz = Unpacked.run(dir, user, List.of("man", "-L", "uz", "kzuz"));
            assertThat(manUz.out()).contains("NOMI");
            Unpacked.Run manRu = Unpacked.run(dir, user, List.of("man", "-L", "ru", "kzuz-treaties"));
            assertThat(manRu.out()).contains("НАЗВАНИЕ");

            Unpacked.Run completion = Unpacked.run(dir, user, List.of("bash", "-c",
                    "source /usr/share/bash-completion/completions/kzuz && COMP_WORDS=(kzuz tre) && COMP_CWORD=1 && "
                            + "$(complete -p kzuz | sed 's/.*-F \\([^ ]*\\).*/\\1/') && echo \"${COMPREPLY[*]}\""));
            assertThat(completion.out().strip()).isEqualTo("treaties treaty");
        } finally {
            Unpacked.Run removed = Unpacked.run(dir, sys, List.of("dpkg", "--purge", "kzuz"));
            assertThat(removed.code()).as(removed.out() + removed.err()).isZero();
        }
        assertThat(Path.of("/usr/bin/kzuz")).doesNotExist();
        assertThat(Path.of("/usr/share/bash-completion/completions/kzuz")).doesNotExist();
        assertThat(Path.of("/usr/share/man/man1/kzuz.1")).doesNotExist();
        assertThat(Path.of("/usr/share/man/kk/man1/kzuz.1")).doesNotExist();
        assertThat(Path.of("/usr/share/man/uz/man1/kzuz.1")).doesNotExist();
        assertThat(Path.of("/opt/kzuz")).doesNotExist();
        try (Stream<Path> s = Files.list(Path.of("/usr/share/man/man1"))) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("kzuz"));
        }
    }
}
