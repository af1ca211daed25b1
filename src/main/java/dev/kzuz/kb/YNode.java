package dev.kzuz.kb;

import java.util.List;
import java.util.Map;

/** A YAML node that remembers where it stands, so every problem can name file, line and column. */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {
    Location at();

    /** A short name of the node's shape for messages. */
    String shape();

    /** A mapping, keys in file order, with each key's own location. */
    record YMap(Location at, Map<String, YNode> entries, Map<String, Location> keys) implements YNode {
        @Override
        public String shape() {
            return "a mapping";
        }
    }

    record YList(Location at, List<YNode> items) implements YNode {
        @Override
        public String shape() {
            return "a list";
        }
    }

    /** A scalar as written (numbers and booleans too); {@code text} is null for YAML null. */
    record YScalar(Location at, String text) implements YNode {
        @Override
        public String shape() {
            return text == null ? "null" : "a scalar";
        }
    }
}
