package dev.kzuz.kb;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into a {@link YNode} tree with locations, through Jackson's streaming parser
 * (no reflection, so it stays cheap at start-up). Limits are explicit: a record file is
 * small, and a hostile one (alias bombs, deep nesting, huge strings) must fail fast.
 */
public final class YamlTreeReader {
    /** The largest knowledge-base file read, in bytes. */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 50;
    static final int MAX_STRING = 100_000;

    private final YAMLFactory factory;

    public YamlTreeReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setAllowDuplicateKeys(false);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING)
                        .build())
                .build();
    }

    /** Thrown when a file cannot be read as YAML at all. */
    @SuppressWarnings("serial") // caught in the loader, never serialized (KbProblem is not Serializable)
    public static final class YamlException extends Exception {
        private final KbProblem problem;

        YamlException(KbProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public KbProblem problem() {
            return problem;
        }
    }

    /** Parses one file's bytes; null for an empty document. */
    public YNode read(String file, byte[] bytes) throws YamlException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new YamlException(new KbProblem(Location.of(file),
                    "file is " + bytes.length / (1024 * 1024) + " MiB; the limit is " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
        }
        String text = decodeUtf8(file, bytes);
        // Files written the plain way (as the bundled ones are) skip SnakeYAML: see PlainYaml.
        YNode plain = PlainYaml.read(file, text);
        return plain != null ? plain : readFull(file, text);
    }

    /** Parses text with SnakeYAML, whatever YAML it holds; null for an empty document. */
    YNode readFull(String file, String text) throws YamlException {
        try (JsonParser parser = factory.createParser(new StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YNode node = readValue(file, parser);
            if (parser.nextToken() != null) {
                throw new YamlException(new KbProblem(at(file, parser.currentTokenLocation()),
                        "more than one YAML document in a file"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new YamlException(syntaxProblem(file, e));
        } catch (IOException | RuntimeException e) {
            throw new YamlException(new KbProblem(Location.of(file), "cannot be read as YAML: " + firstLine(String.valueOf(e.getMessage()))));
        }
    }

    private static String decodeUtf8(String file, byte[] bytes) throws YamlException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new YamlException(new KbProblem(Location.of(file), "not UTF-8 text; save the file as UTF-8"));
        }
    }

    private YNode readValue(String file, JsonParser p) throws IOException, YamlException {
        Location at = at(file, p.currentTokenLocation());
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, YNode> entries = new LinkedHashMap<>();
                Map<String, Location> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = at(file, p.currentTokenLocation());
                    if (keys.containsKey(key)) {
                        throw new YamlException(new KbProblem(keyAt, "duplicate key '" + key + "'"));
                    }
                    p.nextToken();
                    keys.put(key, keyAt);
                    entries.put(key, readValue(file, p));
                }
                return new YNode.YMap(at, entries, keys);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, p));
                }
                return new YNode.YList(at, items);
            }
            case VALUE_NULL:
                return new YNode.YScalar(at, null);
            default:
                if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
                    // Jackson does not expand aliases; say so rather than read the alias's name as a value.
                    throw new YamlException(new KbProblem(at, "YAML aliases (*" + p.getText() + ") are not allowed in records; write the value out"));
                }
                String text = p.getText();
                if (text.length() > MAX_STRING) {
                    throw new YamlException(new KbProblem(at, "a text of " + text.length() + " characters; the limit is " + MAX_STRING));
                }
                // Numbers and booleans keep their text: the mapper decides what a field needs.
                return new YNode.YScalar(at, text);
        }
    }

    /** SnakeYAML's own message names the problem and its mark; Jackson's first line often does not. */
    private static KbProblem syntaxProblem(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark mark = m.getProblemMark();
            String what = m.getProblem() == null ? firstLine(m.getMessage()) : m.getProblem();
            String context = m.getContext() == null ? "" : m.getContext() + ": ";
            return new KbProblem(new Location(file, mark.getLine() + 1, mark.getColumn() + 1), "YAML syntax: " + context + firstLine(what));
        }
        String msg = firstLine(e.getOriginalMessage());
        if (msg.contains("nesting depth")) {
            msg = "nested deeper than " + MAX_DEPTH + " levels";
        } else if (msg.contains("aliases")) {
            msg = "more than " + MAX_ALIASES + " aliases (an alias bomb?)";
        }
        JsonLocation loc = e.getLocation();
        return new KbProblem(loc == null || loc.getLineNr() < 1 ? Location.of(file) : at(file, loc), "YAML syntax: " + msg);
    }

    private static Location at(String file, JsonLocation loc) {
        return new Location(file, loc.getLineNr(), loc.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
