package dev.kzuz.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user's home, cache home and config home come from the environment, and only as absolute paths. */
class UserDirsTest {
    @Test
    void homeIsHomeWhenAbsolute() {
        assertThat(UserDirs.home(Map.of("HOME", "/home/a"))).isEqualTo(Path.of("/home/a"));
        assertThat(UserDirs.home(Map.of())).isNull();
        assertThat(UserDirs.home(Map.of("HOME", ""))).isNull();
        assertThat(UserDirs.home(Map.of("HOME", "home/a"))).isNull();
        assertThat(UserDirs.home(Map.of("HOME", "/a\0b"))).isNull();
    }

    @Test
    void cacheHomeIsAnAbsoluteXdgCacheHomeElseHomesCache() {
        assertThat(UserDirs.cacheHome(Map.of("HOME", "/home/a", "XDG_CACHE_HOME", "/c"))).isEqualTo(Path.of("/c"));
        assertThat(UserDirs.cacheHome(Map.of("HOME", "/home/a", "XDG_CACHE_HOME", "c"))).isEqualTo(Path.of("/home/a/.cache"));
        assertThat(UserDirs.cacheHome(Map.of("HOME", "/home/a", "XDG_CACHE_HOME", ""))).isEqualTo(Path.of("/home/a/.cache"));
        assertThat(UserDirs.cacheHome(Map.of("XDG_CACHE_HOME", "c"))).isNull();
        assertThat(UserDirs.cacheHome(Map.of())).isNull();
    }

    @Test
    void configHomeIsAnAbsoluteXdgConfigHomeElseHomesConfig() {
        assertThat(UserDirs.configHome(Map.of("HOME", "/home/a", "XDG_CONFIG_HOME", "/c"))).isEqualTo(Path.of("/c"));
        assertThat(UserDirs.configHome(Map.of("HOME", "/home/a", "XDG_CONFIG_HOME", "c"))).isEqualTo(Path.of("/home/a/.config"));
        assertThat(UserDirs.configHome(Map.of("HOME", "/home/a", "XDG_CONFIG_HOME", ""))).isEqualTo(Path.of("/home/a/.config"));
        assertThat(UserDirs.configHome(Map.of("XDG_CONFIG_HOME", "c"))).isNull();
        assertThat(UserDirs.configHome(Map.of())).isNull();
    }
}
