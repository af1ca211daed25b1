package dev.kzuz.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.SecondFieldAlign;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
        return List.copyOf(bibliographyById(sources, style, lang).values());
    }

    /** The bibliography's entries by source id, in the style's order. */
    static Map<String, String> bibliographyById(List<Source> sources, Style style, Lang lang) {
        Map<String, String> out = new LinkedHashMap<>();
        if (sources.isEmpty()) {
            return out;
        }
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        CSL csl = processor(sources, style, lang, "text");
        // The filter is asked about each item in the bibliography's order: it tells whose entry is whose.
        List<String> ids = new ArrayList<>();
        Bibliography bib = csl.makeBibliography(item -> ids.add(item.getId()));
        String[] entries = bib.getEntries();
        if (entries.length != ids.size()) {
            throw new IllegalStateException(entries.length + " references for " + ids.size() + " sources");
        }
        for (int i = 0; i < entries.length; i++) {
            out.put(ids.get(i), finish(entries[i], bib, style, i + 1, byId.get(ids.get(i)), lang));
        }
        return out;
    }

    /** Each source's reference, by source id, in the order given. */
    public static Map<String, String> render(List<Source> sources, Style style, Lang lang, String outputFormat) {
        Map<String, String> out = new LinkedHashMap<>();
        if (sources.isEmpty()) {
            return out;
        }
        CSL csl = processor(sources, style, lang, outputFormat);
        // One entry at a time, so each reference is known by its source id whatever
        // order the style sorts a bibliography in.
        for (int i = 0; i < sources.size(); i++) {
            Source src = sources.get(i);
            Bibliography bib = csl.makeBibliography(item -> item.getId().equals(src.id()));
            // A numeric style numbers the sources in the order they were registered: this one is i + 1.
            out.put(src.id(), bib.getEntries().length == 0 ? "" : finish(bib.getEntries()[0], bib, style, i + 1, src, lang));
        }
        return out;
    }

    private static CSL processor(List<Source> sources, Style style, Lang lang, String outputFormat) {
        CSLItemData[] items = sources.stream().map(src -> CslItems.item(src, style, lang)).toArray(CSLItemData[]::new);
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), LOCALES, new DefaultAbbreviationProvider(), CslStyles.forRendering(style), locale(lang));
            csl.setOutputFormat(outputFormat);
            csl.registerCitationItems(sources.stream().map(Source::id).toList());
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CSL locales with the short term for "number" as our catalogue writes it (APA puts it
     * before a document's number): ru-RU has the English "no.", kk-KZ none.
     */
    private static final LocaleProvider LOCALES = new LocaleProvider() {
        private final LocaleProvider bundled = new DefaultLocaleProvider();
        private final Pattern numberTerm = Pattern.compile("<term(?=[^>]*\\sname=\"number\")(?=[^>]*\\sform=\"short\")[^>]*>.*?</term>", Pattern.DOTALL);

        @Override
        public String retrieveLocale(String locale) {
            String xml = bundled.retrieveLocale(locale);
            Lang lang = Catalogue.LANGUAGES.stream().filter(l -> locale(l).equals(locale)).findFirst().orElse(null);
            if (xml == null || lang == null) {
                return xml;
            }
            String label = CslItems.numberLabel(lang);
            String term = "<term name=\"number\" form=\"short\">" + label + "</term>";
            Matcher m = numberTerm.matcher(xml);
            return m.find() ? m.replaceFirst(Matcher.quoteReplacement(term))
                    : xml.replaceFirst("</terms>", Matcher.quoteReplacement(term + "</terms>"));
        }
    };

    /** One line, without the number a numeric style puts first, with the title and the site's name as written. */
    private static String finish(String entry, Bibliography bib, Style style, int number, Source s, Lang lang) {
        String line = entry.replaceAll("\\s+", " ").strip();
        // A style that sets its first field apart (GOST's "1.") puts the entry's number there.
        boolean numbered = bib.getSecondFieldAlign() == SecondFieldAlign.FLUSH || bib.getSecondFieldAlign() == SecondFieldAlign.MARGIN;
        String first = number + ".";
        if (numbered && line.startsWith(first)) {
            line = line.substring(first.length()).stripLeading();
        } else if (style.numbered() && !numbered) {
            // GOST author-date numbers its list by author, in the entry's text: that number is no part of a reference.
            line = line.replaceFirst("^\\d+\\.\\s+", "");
        }
        return nested(localDate(keepSiteName(keepTitle(line, s.shownTitle(lang)), s), s, lang), lang);
    }

    /**
     * The source's date as the language writes a day: APA puts the month first in every language
     * ("(1997, январь 10)"), and the Russian locale has only the nominative of a month ("10 январь
     * 1997 г."), neither of which a Kazakh, Russian or Uzbek list would print.
     */
    static String localDate(String line, Source s, Lang lang) {
        PartialDate d = s.date();
        if (lang == Lang.EN || d == null || d.precision() != PartialDate.Precision.DAY) {
            return line;
        }
        Catalogue w = Catalogue.of(lang);
        String month = w.get("month." + d.month());
        String dayMonth = w.fill("date.day.month", "d", String.valueOf(d.day()), "m", month, "m.day", w.get("month." + d.month() + ".day"));
        String monthFirst = "(" + d.year() + ", " + month + " " + d.day() + ")";
        return line.replace(monthFirst, "(" + d.year() + ", " + dayMonth + ")")
                .replace(d.day() + " " + month + " " + d.year(), dayMonth + " " + d.year());
    }

    /**
     * A quotation inside a quotation in the language's inner marks: the processor quotes a title
     * that quotes a name with the same marks again («О ратификации … «Об учреждении …»»), as
     * neither Kazakh, Russian nor Uzbek typesetting does (« … „…“ », “ … «…» ”).
     */
    static String nested(String line, Lang lang) {
        Catalogue w = Catalogue.of(lang);
        String open = w.get("quote.open");
        String close = w.get("quote.close");
        if (open.length() != 1 || close.length() != 1 || open.equals(close)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == open.charAt(0)) {
                out.append(depth > 0 ? w.get("quote.inner.open") : open);
                depth++;
            } else if (c == close.charAt(0) && depth > 0) {
                depth--;
                out.append(depth > 0 ? w.get("quote.inner.close") : close);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The title's letters as written. Chicago's title case may change the first letter of a word,
     * but citeproc-java also re-cases a title in capitals ("CENTRASBAT" becomes "Centrasbat") and
     * a word after a dot ("CentralAsia.Media"): every other letter of the title is put back.
     */
    static String keepTitle(String reference, String title) {
        // Its last letter or digit ends it: a style may set the final stop or quotation mark its own way.
        String core = title.replaceFirst("[^\\p{L}\\p{N}]+$", "");
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                re.append('[').append(QUOTES).append(']');
            } else if (Character.isLetter(c)) {
                re.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Matcher m = Pattern.compile(re.toString()).matcher(reference);
        if (core.isEmpty() || !m.find()) {
            return reference;
        }
        char[] kept = reference.toCharArray();
        for (int i = 0; i < core.length(); i++) {
            if (Character.isLetter(core.charAt(i)) && !startsWord(core, i)) {
                kept[m.start() + i] = core.charAt(i);
            }
        }
        return new String(kept);
    }

    /** Quotation marks a style may set its own way. */
    private static final String QUOTES = "\"'“”„«»‘’";

    /** Where title case may change a letter: a word's first, after a space, hyphen, slash, bracket or opening quotation mark. */
    private static boolean startsWord(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        boolean quoteOpens = QUOTES.indexOf(before) >= 0 && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)));
        return Character.isSpaceChar(before) || Character.isWhitespace(before) || "-–—/([".indexOf(before) >= 0 || quoteOpens;
    }

    /**
     * A site's name as it is written. CSL's title case turns a name in capitals into "Rfe/Rl" or
     * "Tass" (APA cases a magazine's name), and citeproc-java does not honour CSL's nocase
     * markup: where that re-cased name stands as a word of its own, it is put back.
     */
    static String keepSiteName(String reference, Source s) {
        String site = s.site() != null ? s.site() : s.database();
        if (site == null) {
            return reference;
        }
        String recased = titleCasedCapitals(site);
        if (recased.equals(site)) {
            return reference;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(recased) + "(?![\\p{L}\\p{N}])").matcher(reference);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            // Leave URLs alone, whatever they spell.
            boolean inUrl = reference.lastIndexOf("://", m.start()) > reference.lastIndexOf(' ', m.start());
            m.appendReplacement(b, Matcher.quoteReplacement(inUrl ? m.group() : site));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * What CSL's title case makes of a text: one written in capitals (no small letter) has each
     * word's first letter kept and the rest in small letters; any other is left alone here.
     */
    static String titleCasedCapitals(String text) {
        if (!text.codePoints().anyMatch(Character::isUpperCase) || text.codePoints().anyMatch(Character::isLowerCase)) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            b.appendCodePoint(inWord ? Character.toLowerCase(c) : c);
            inWord = Character.isLetterOrDigit(c);
            i += Character.charCount(c);
        }
        return b.toString();
    }
}
