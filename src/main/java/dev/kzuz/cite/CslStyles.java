package dev.kzuz.cite;

import dev.kzuz.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSL text of each style as kzuz renders with it, and as it writes it for pandoc: the
 * bundled style with a few exact edits, each of which must find its text once (a newer style
 * that no longer has it fails the tests rather than rendering unchanged).
 */
public final class CslStyles {
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private CslStyles() {
    }

    /** One change to a style's text: {@code from}, found {@code times} times, becomes {@code to}. */
    private record Edit(String from, String to, int times) {
        Edit(String from, String to) {
            this(from, to, 1);
        }

        String applyTo(String text, String file) {
            int found = 0;
            for (int at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length())) {
                found++;
            }
            if (found != times) {
                throw new IllegalStateException(file + " holds " + found + " times, not " + times + ": " + from);
            }
            return text.replace(from, to);
        }
    }

    /**
     * citeproc-java has no text-case "sentence" (CSL discourages it) and leaves the term as it
     * is, "[электронный ресурс]"; on a lower-case term "capitalize-first" is the same, in both
     * processors: "[Электронный ресурс]", "Т. 2", "С. 12" as GOST writes them.
     */
    private static final List<Edit> GOST = List.of(
            new Edit("text-case=\"sentence\"", "text-case=\"capitalize-first\"", 3),
            // A legal text read online (as kzuz exports laws: CSL legislation, for reference managers) is cited as
            // GOST cites an electronic resource, with its number after "№": "…[Электронный ресурс]: № 164-I // Adilet. 1997. URL: …".
            new Edit("""
                          <else>
                            <text variable="title"/>
                          </else>
                        </choose>
                      </macro>
                      <macro name="edition">
                    """, """
                          <else-if type="legislation" variable="URL" match="all">
                            <text variable="title" suffix=" "/>
                            <text term="online" text-case="capitalize-first" prefix="[" suffix="]"/>
                          </else-if>
                          <else>
                            <text variable="title"/>
                          </else>
                        </choose>
                      </macro>
                      <macro name="edition">
                    """),
            new Edit("""
                        <choose>
                          <if type="patent">
                    """, """
                        <choose>
                          <if type="legislation">
                            <group delimiter=" ">
                              <text term="issue" form="symbol"/>
                              <text variable="number"/>
                            </group>
                          </if>
                          <else-if type="patent">
                    """),
            new Edit("""
                            <text variable="number" prefix=" " suffix=" USA"/>
                          </if>
                    """, """
                            <text variable="number" prefix=" " suffix=" USA"/>
                          </else-if>
                    """),
            new Edit("""
                        <!-- only for webpages and post-weblogs -->
                        <choose>
                          <if type="webpage post-weblog" match="any">
                    """, """
                        <!-- only for webpages, post-weblogs and legal texts read online -->
                        <choose>
                          <if type="webpage post-weblog legislation" match="any">
                    """));

    /**
     * The author-date GOST style writes Russian words as fixed text ("[Электронный ресурс]",
     * "584 с.", "Т.", "С.", "Вып.", "под ред.", and its English locale is Russian too): here they
     * are the locale's terms, so a Kazakh list reads "[Электрондық ресурс]", "584 б." and a
     * Russian one is as before. And a place without a publisher no longer leaves "Алматы: , 2000".
     */
    private static final List<Edit> GOST_AUTHOR_DATE = List.of(
            new Edit("<names variable=\"editor\" prefix=\"/ под ред. \" delimiter=\", \" suffix=\".\">\n",
                    "<names variable=\"editor\" prefix=\"/ \" delimiter=\", \" suffix=\".\">\n      <label form=\"verb-short\" suffix=\" \"/>\n"),
            new Edit("<text value=\"[Электронный ресурс]. \"/>",
                    "<text term=\"online\" text-case=\"capitalize-first\" prefix=\"[\" suffix=\"]. \"/>"),
            new Edit("""
                        <group>
                          <text variable="publisher-place"/>
                          <text value=": "/>
                          <text variable="publisher"/>
                        </group>
                    """, """
                        <group delimiter=": ">
                          <text variable="publisher-place"/>
                          <text variable="publisher"/>
                        </group>
                    """),
            // Laws (exported as CSL legislation) are cited as the database pages they were read on, as web pages are below.
            new Edit("<if type=\"bill book graphic legal_case legislation motion_picture report song\" match=\"any\">",
                    "<if type=\"bill book graphic legal_case motion_picture report song\" match=\"any\">"),
            // A web page without its site and year cannot be found again: GOST writes "Title [Электронный ресурс]: № 164-I // Site. 1997. URL: …".
            new Edit("""
                            <else-if type="webpage post-weblog" match="any">
                              <text macro="title" prefix=" "/>
                              <text prefix=" " macro="access"/>
                    """, """
                            <else-if type="webpage post-weblog legislation" match="any">
                              <text macro="title" prefix=" "/>
                              <text term="online" text-case="capitalize-first" prefix=" [" suffix="]"/>
                              <group prefix=": " delimiter=" ">
                                <text variable="genre"/>
                                <text variable="number"/>
                              </group>
                              <group prefix=" // " delimiter=". ">
                                <text variable="container-title"/>
                                <text macro="year-date"/>
                              </group>
                              <text variable="URL" prefix=". URL: "/>
                              <group prefix=" (" suffix=")">
                                <text term="accessed" suffix=": "/>
                                <date variable="accessed">
                                  <date-part name="day" suffix="." form="numeric-leading-zeros"/>
                                  <date-part name="month" suffix="." form="numeric-leading-zeros"/>
                                  <date-part name="year"/>
                                </date>
                              </group>
                    """),
            new Edit("<text variable=\"edition\" prefix=\" Вып. \"/>",
                    "<group prefix=\" \" delimiter=\" \"><text term=\"issue\" form=\"short\" text-case=\"capitalize-first\"/><text variable=\"edition\"/></group>"),
            new Edit("<text variable=\"locator\" prefix=\", с. \"/>",
                    "<group prefix=\", \" delimiter=\" \"><label variable=\"locator\" form=\"short\" plural=\"never\"/><text variable=\"locator\"/></group>"),
            new Edit("<text variable=\"number-of-pages\" suffix=\" с.\"/>",
                    "<group delimiter=\" \"><text variable=\"number-of-pages\"/><text term=\"page\" form=\"short\"/></group>"),
            new Edit("<text prefix=\"С. \" variable=\"page\"/>", pages()),
            new Edit("<text variable=\"page\" prefix=\"С. \"/>", pages(), 2),
            new Edit("<text variable=\"volume\" prefix=\"Т. \"/>",
                    "<group delimiter=\" \"><text term=\"volume\" form=\"short\" text-case=\"capitalize-first\"/><text variable=\"volume\"/></group>", 2),
            new Edit("""
                      <locale xml:lang="en">
                        <terms>
                          <term name="et-al">и др.</term>
                          <term name="editor" form="verb">под ред.</term>
                          <term name="accessed">дата обращения</term>
                        </terms>
                      </locale>
                    """, """
                      <locale xml:lang="en">
                        <terms>
                          <term name="online">electronic resource</term>
                        </terms>
                      </locale>
                    """),
            new Edit("""
                      <locale xml:lang="ru">
                        <terms>
                    """, """
                      <locale xml:lang="ru">
                        <terms>
                          <term name="online">электронный ресурс</term>
                    """));

    private static String pages() {
        return "<group delimiter=\" \"><label variable=\"page\" form=\"short\" text-case=\"capitalize-first\" plural=\"never\"/><text variable=\"page\"/></group>";
    }

    private static List<Edit> edits(Style style) {
        return switch (style) {
            case GOST -> GOST;
            case GOST_AUTHOR_DATE -> GOST_AUTHOR_DATE;
            case APA, CHICAGO -> List.of();
        };
    }

    /** The style's text as kzuz renders with it. */
    public static String forRendering(Style style) {
        String file = style.csl() + ".csl";
        String text = resource(file);
        for (Edit e : edits(style)) {
            text = e.applyTo(text, file);
        }
        return text;
    }

    /**
     * The style as a file for pandoc's --csl: as kzuz renders with it, in {@code lang} unless
     * pandoc's -M lang says otherwise, and with kzuz's Kazakh and Uzbek terms inside it, since pandoc
     * has no Kazakh or Uzbek locale of its own (without them it writes English words and says nothing). A style
     * derived from another takes its own id, so that Zotero installs it beside the original, not
     * over it.
     */
    public static String forPandoc(Style style, Lang lang) {
        String file = style.csl() + ".csl";
        String locale = StyledReferences.locale(lang);
        List<Edit> edits = List.of(
                new Edit(XML_DECLARATION, XML_DECLARATION
                        + "<!-- Written by kzuz from the Citation Style Language project's style " + style.csl() + "\n"
                        + "     (CC BY-SA 3.0, see rights below): with kzuz's Kazakh and Uzbek terms, which pandoc lacks, and in " + locale + "\n"
                        + "     unless pandoc's -M lang says otherwise. -->\n"),
                new Edit("<id>http://www.zotero.org/styles/" + style.csl() + "</id>", "<id>urn:kzuz:" + style + "-" + lang.code() + "</id>"),
                new Edit(" rel=\"self\"/>", " rel=\"template\"/>"),
                new Edit("</title>", " (kzuz, " + lang.code() + ")</title>"),
                new Edit("  </info>\n", "  </info>\n" + bundledTerms("kk", "locales-kk-KZ.xml") + bundledTerms("uz", "locales-uz-UZ.xml")));
        String text = withDefaultLocale(forRendering(style), locale);
        for (Edit e : edits) {
            text = e.applyTo(text, file);
        }
        return text;
    }

    /** The style's text with {@code locale} as its default-locale, which pandoc takes when -M lang does not say. */
    private static String withDefaultLocale(String text, String locale) {
        int start = text.indexOf("<style ");
        int end = text.indexOf('>', start);
        String tag = text.substring(start, end);
        String attribute = " default-locale=\"" + locale + "\"";
        tag = tag.contains(" default-locale=\"") ? tag.replaceFirst(" default-locale=\"[^\"]*\"", attribute) : tag + attribute;
        return text.substring(0, start) + tag + text.substring(end);
    }

    /**
     * A bundled locale's settings, dates and terms as a locale inside a style, for its language
     * with or without the country ("kk" and "kk-KZ" alike).
     */
    private static String bundledTerms(String language, String fileName) {
        String file = resource(fileName);
        String inside = file.substring(file.indexOf("</info>\n") + "</info>\n".length(), file.lastIndexOf("</locale>"));
        return "  <locale xml:lang=\"" + language + "\">\n" + inside.replaceAll("(?m)^(?=.)", "  ") + "  </locale>\n";
    }

    private static String resource(String name) {
        try (InputStream in = CslStyles.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
