package dev.kzuz.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's list of every key by folder is the schema as users read it: it must name exactly
 * the keys {@link Schema} describes, each under its folder and inside the mapping it belongs to.
 */
class ReadmeSchemaTest {

    private static final String SOURCED = "and the keys every sourced record has: ";
    private static final String SOURCED_AGAIN = "and the sourced record's keys";

    @Test
    void theReadmeNamesEveryKeyOfEveryFolderAndNoOther() throws IOException {
        List<String> items = keyList();
        String sourced = null;
        List<String> folders = new ArrayList<>();
        for (String item : items) {
            if (item.contains(SOURCED)) {
                sourced = item.substring(item.indexOf(SOURCED) + SOURCED.length());
            }
        }
        assertThat(sourced).as("the README states the sourced record's keys once").isNotNull();
        for (String item : items) {
            String keys = item.substring(item.indexOf(':') + 1).replace(SOURCED_AGAIN, sourced);
            if (item.contains(SOURCED)) {
                keys = keys.replace(SOURCED, "");
            }
            for (Matcher m = Pattern.compile("`([a-z]+)/`").matcher(item.substring(0, item.indexOf(':'))); m.find(); ) {
                RecordType type = RecordType.ofFolder(m.group(1));
                assertThat(type).as("README names folder %s", m.group(1)).isNotNull();
                folders.add(type.folder());
                assertThat(keysOf(keys)).as("keys of %s/ in README.md", type.folder()).isEqualTo(schemaKeys(Schema.of(type), ""));
            }
        }
        List<String> all = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            all.add(t.folder());
        }
        assertThat(folders).as("folders the README's key list covers").containsExactlyInAnyOrderElementsOf(all);
    }

    /** The list items under "Every key, by folder", joined line by line. */
    private static List<String> keyList() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int at = 0;
        while (!lines.get(at).contains("Every key, by folder")) {
            at++;
        }
        while (!lines.get(at).startsWith("- ")) {
            at++;
        }
        List<String> items = new ArrayList<>();
        for (; at < lines.size() && !lines.get(at).isBlank(); at++) {
            String line = lines.get(at);
            if (line.startsWith("- ")) {
                items.add(line.substring(2));
            } else {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
            }
        }
        return items;
    }

    /** "`a`, `b` {`c`}" as a, b, b.c. */
    private static TreeSet<String> keysOf(String text) {
        TreeSet<String> keys = new TreeSet<>();
        String last = null;
        String parent = "";
        for (Matcher m = Pattern.compile("`([a-z_]+)`|\\{|\\}").matcher(text); m.find(); ) {
            switch (m.group()) {
                case "{" -> parent = last + ".";
                case "}" -> parent = "";
                default -> {
                    last = m.group(1);
                    keys.add(parent + last);
                }
            }
        }
        return keys;
    }

    private static TreeSet<String> schemaKeys(Schema.Part part, String parent) {
        TreeSet<String> keys = new TreeSet<>();
        for (Schema.Field f : part.fields()) {
            if (f.kind() == Schema.Kind.TYPE) {
                continue; // given by the folder
            }
            if (f.kind() == Schema.Kind.INLINE) {
                keys.addAll(schemaKeys(f.part(), parent));
                continue;
            }
            keys.add(parent + f.key());
            if (f.kind() == Schema.Kind.PART) {
                keys.addAll(schemaKeys(f.part(), parent + f.key() + "."));
            }
        }
        return keys;
    }
}
