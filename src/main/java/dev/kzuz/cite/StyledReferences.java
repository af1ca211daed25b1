package dev.kzuz.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full references rendered by a CSL processor (citeproc-java) in a style and a language's
 * locale: ru-RU for Russian, the bundled kk-KZ for Kazakh, en-US otherwise.
 */
public final class StyledReferences {
    private StyledReferences() {
    }

    public static String locale(Lang lang) {
        return Catalogue.of(lang).get("csl.locale");
    }

    /** A whole bibliography in the style's own order (GOST by first citation, APA and Chicago by author). */
    public static List<String> bibliography(List<Source> sources, Style style, Lang lang) {
        if (sources.isEmpty()) {
            return List.of();
        }
        CSLItemData[] items = sources.stream().map(src -> CslItems.item(src, style, lang)).toArray(CSLItemData[]::new);
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), CslStyles.forRendering(style), locale(lang));
            csl.setOutputFormat("text");
            csl.registerCitationItems(sources.stream().map(Source::id).toList());
            List<String> entries = new java.util.ArrayList<>();
            for (String e : csl.makeBibliography().getEntries()) {
                String entry = clean(e);
                for (Source s : sources) {
                    entry = keepSiteName(entry, s);
                }
                entries.add(entry);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each source's reference, by source id, in the order given. */
    public static Map<String, String> render(List<Source> sources, Style style, Lang lang, String outputFormat) {
        Map<String, String> out = new LinkedHashMap<>();
        if (sources.isEmpty()) {
            return out;
        }
        CSLItemData[] items = sources.stream().map(src -> CslItems.item(src, style, lang)).toArray(CSLItemData[]::new);
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), CslStyles.forRendering(style), locale(lang));
            csl.setOutputFormat(outputFormat);
            csl.registerCitationItems(sources.stream().map(Source::id).toList());
            // One entry at a time, so each reference is known by its source id whatever
            // order the style sorts a bibliography in.
            for (Source src : sources) {
                Bibliography bib = csl.makeBibliography(item -> item.getId().equals(src.id()));
                out.put(src.id(), bib.getEntries().length == 0 ? "" : keepSiteName(clean(bib.getEntries()[0]), src));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A site's name as it is written: APA's title case turns "RFE/RL" into "Rfe/Rl", and
     * citeproc-java does not honour CSL's nocase markup.
     */
    private static String keepSiteName(String reference, Source s) {
        String site = s.site() != null ? s.site() : s.database();
        if (site == null) {
            return reference;
        }
        Matcher m = Pattern.compile(Pattern.quote(site), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(reference);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            // Leave URLs alone: "adilet.zan.kz" in a link is not the site's name.
            boolean inUrl = reference.lastIndexOf("://", m.start()) > reference.lastIndexOf(' ', m.start());
            m.appendReplacement(b, Matcher.quoteReplacement(inUrl ? m.group() : site));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** One line, without the numbering a numeric style puts before each entry. */
    private static String clean(String entry) {
        return entry.replaceAll("\\s+", " ").strip().replaceFirst("^\\[?\\d+\\]?\\.?\\s*", "");
    }
}
