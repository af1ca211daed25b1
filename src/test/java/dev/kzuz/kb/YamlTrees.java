package dev.kzuz.kb;

import java.util.Map;

/** Test helpers: a tree written out with every location and the order of keys, for comparing readers. */
final class YamlTrees {
    private YamlTrees() {
    }

    static String dump(YNode node) {
        StringBuilder out = new StringBuilder();
        dump(node, out);
        return out.toString();
    }

    private static void dump(YNode node, StringBuilder out) {
        if (node == null) {
            out.append("(empty document)");
            return;
        }
        out.append('@').append(node.at().file()).append(':').append(node.at().line()).append(':').append(node.at().column()).append(' ');
        if (node instanceof YNode.YMap map) {
            out.append("{\n");
            for (Map.Entry<String, YNode> e : map.entries().entrySet()) {
                Location k = map.keys().get(e.getKey());
                out.append(e.getKey()).append(" @").append(k.line()).append(':').append(k.column()).append(" = ");
                dump(e.getValue(), out);
                out.append('\n');
            }
            out.append('}');
        } else if (node instanceof YNode.YList list) {
            out.append("[\n");
            for (YNode item : list.items()) {
                dump(item, out);
                out.append('\n');
            }
            out.append(']');
        } else {
            String text = ((YNode.YScalar) node).text();
            out.append(text == null ? "null" : '«' + text + '»');
        }
    }
}
