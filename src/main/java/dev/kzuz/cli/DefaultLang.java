package dev.kzuz.cli;

import dev.kzuz.io.UserDirs;
import dev.kzuz.model.Lang;
import dev.kzuz.render.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * The language when a command's --lang does not say: {@code $KZUZ_LANG}, else {@code lang} in
 * the user's config file, else the locale's language when it is Kazakh or Russian, else English.
 * The config file is read only when KZUZ_LANG is unset. What the user wrote (the variable, the
 * file) is an error when wrong; the locale never is: it is set for every program, not for kzuz.
 */
final class DefaultLang {
    private DefaultLang() {
    }

    static final String VARIABLE = "KZUZ_LANG";

    /** A config file is a few lines: anything larger is no kzuz config. */
    static final int MAX_CONFIG_BYTES = 64 * 1024;

    /** The locale variables that name the language of messages, strongest first (POSIX). */
    private static final String[] LOCALE_VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

    /** The default language for {@code env}; a bad KZUZ_LANG or config file is a usage error. */
    static LangSetting of(Map<String, String> env) {
        String variable = env.get(VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            Lang lang = LangSetting.shown(variable);
            if (lang == null) {
                throw new KzuzException(ExitCode.USAGE, VARIABLE + ": " + LangSetting.notShown(Text.oneLine(variable)));
            }
            return new LangSetting(lang, VARIABLE);
        }
        Path configHome = UserDirs.configHome(env);
        if (configHome != null) {
            Path file = configHome.resolve("kzuz").resolve("config");
            Lang lang = configured(file);
            if (lang != null) {
                return new LangSetting(lang, Text.oneLine(file.toString()));
            }
        }
        for (String name : LOCALE_VARIABLES) {
            String locale = env.get(name);
            if (locale != null && !locale.isEmpty()) {
                // The first one set decides, as for every program: LC_ALL=C means C whatever LANG says.
                Lang lang = ofLocale(locale);
                return lang == null ? LangSetting.DEFAULT : new LangSetting(lang, name + "=" + Text.oneLine(locale));
            }
        }
        return LangSetting.DEFAULT;
    }

    /** Kazakh, Russian or Uzbek for a locale such as {@code kk_KZ.UTF-8} or {@code ru}, by its language part; else null. */
    static Lang ofLocale(String locale) {
        int end = 0;
        while (end < locale.length() && locale.charAt(end) != '_' && locale.charAt(end) != '.' && locale.charAt(end) != '@') {
            end++;
        }
        String language = locale.substring(0, end);
        if (language.equalsIgnoreCase("kk")) {
            return Lang.KK;
        }
        if (language.equalsIgnoreCase("ru")) {
            return Lang.RU;
        }
        if (language.equalsIgnoreCase("uz")) {
            return Lang.UZ; // uz_UZ, uz_UZ@cyrillic: kzuz writes Uzbek in Latin either way
        }
        return null; // C, POSIX, en_US and the rest
    }

    /** The language {@code file} sets, or null when there is no such file or it sets none. */
    static Lang configured(Path file) {
        String text = read(file);
        if (text == null) {
            return null;
        }
        Lang lang = null;
        int number = 0;
        for (int start = 0; start < text.length(); number++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            start = end + 1;
            int hash = line.indexOf('#');
            String setting = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (setting.isEmpty()) {
                continue;
            }
            int equals = setting.indexOf('=');
            if (equals < 0) {
                throw inFile(file, number + 1, "'" + setting + "' is not key = value (as in lang = kk)");
            }
            String key = setting.substring(0, equals).strip();
            String value = setting.substring(equals + 1).strip();
            if (!key.equals("lang")) {
                throw inFile(file, number + 1, "unknown key '" + key + "' (the only key is lang)");
            }
            lang = LangSetting.shown(value);
            if (lang == null) {
                throw inFile(file, number + 1, "lang: " + LangSetting.notShown(value));
            }
        }
        return lang;
    }

    /** The file's text, or null when there is none; a file that is there but cannot be read as text is a usage error. */
    private static String read(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            if (!Files.isDirectory(file.getParent())) {
                return null; // a path through a file (HOME=/etc/passwd, say): there is no config file
            }
            throw unreadable(file, e);
        }
        if (attributes.isDirectory()) {
            throw problem(file, "is a folder, not a config file");
        }
        if (!attributes.isRegularFile()) {
            throw problem(file, "is not a regular file"); // a fifo would block the run
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_CONFIG_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (bytes.length > MAX_CONFIG_BYTES) {
            throw problem(file, "is larger than " + MAX_CONFIG_BYTES / 1024 + " KiB: no kzuz config");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw problem(file, "is not UTF-8 text");
        }
    }

    private static KzuzException unreadable(Path file, IOException e) {
        return problem(file, "cannot be read (" + OutputFile.reason(e) + ")");
    }

    private static KzuzException problem(Path file, String what) {
        return new KzuzException(ExitCode.USAGE, "config file " + Text.oneLine(file.toString()) + " " + what);
    }

    private static KzuzException inFile(Path file, int line, String what) {
        return new KzuzException(ExitCode.USAGE, Text.oneLine(file.toString()) + ":" + line + ": " + Text.oneLine(what));
    }
}
