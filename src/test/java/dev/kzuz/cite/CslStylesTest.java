package dev.kzuz.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Source;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The styles' text as kzuz renders with them and writes them for pandoc. */
class CslStylesTest {
    static Stream<Arguments> stylesAndLanguages() {
        return Stream.of(Style.values()).flatMap(s -> Stream.of(Lang.EN, Lang.KK, Lang.RU, Lang.UZ).map(l -> Arguments.of(s, l)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stylesAndLanguages")
    void aStyleForPandocIsInTheLanguageAskedWithKazakhTermsAndAnIdOfItsOwn(Style style, Lang lang) throws Exception {
        Element root = parse(CslStyles.forPandoc(style, lang)).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("style");
        assertThat(root.getAttribute("default-locale")).isEqualTo(StyledReferences.locale(lang));
        assertThat(root.getElementsByTagNameNS("*", "id").item(0).getTextContent()).isEqualTo("urn:kzuz:" + style + "-" + lang.code());
        NodeList locales = root.getElementsByTagNameNS("*", "locale");
        Element kazakh = null;
        for (int i = 0; i < locales.getLength(); i++) {
            Element e = (Element) locales.item(i);
            if (e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang").equals("kk")) {
                assertThat(kazakh).as("one Kazakh locale").isNull();
                kazakh = e;
            }
        }
        assertThat(kazakh).isNotNull();
        assertThat(kazakh.getTextContent()).contains("электрондық ресурс", "қаралған күні", "-шы", "желтоқсан");
    }

    /** The words a reference is written in come from the locales: none is fixed text in another language. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void noStyleWritesCyrillicWordsOutsideItsLocales(Style style) {
        String text = CslStyles.forRendering(style)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<info>.*?</info>", "")
                .replaceAll("(?s)<locale\\b.*?</locale>", "");
        assertThat(text).doesNotContainPattern("\\p{IsCyrillic}");
    }

    @Test
    void gostWritesItsElectronicResourceMarkWithACapitalAsGostDoes() {
        assertThat(CslStyles.forRendering(Style.GOST)).doesNotContain("text-case=\"sentence\"");
        List<Source> web = List.of(KbLoader.load(List.of(KbSource.directory(Path.of("src/test/resources/cite-kb"))))
                .kb().get("rferl-1997-01-10", Source.class).orElseThrow());
        for (Style style : List.of(Style.GOST, Style.GOST_AUTHOR_DATE)) {
            assertThat(StyledReferences.render(web, style, Lang.RU, "text").get("rferl-1997-01-10")).contains("[Электронный ресурс]");
            assertThat(StyledReferences.render(web, style, Lang.KK, "text").get("rferl-1997-01-10")).contains("[Электрондық ресурс]");
            assertThat(StyledReferences.render(web, style, Lang.EN, "text").get("rferl-1997-01-10")).contains("[Electronic resource]");
        }
    }

    @Test
    void gostAuthorDateGivesAPlaceWithoutPublisherNoEmptyColon() {
        List<Source> book = List.of(KbLoader.load(List.of(KbSource.directory(Path.of("src/test/resources/cite-kb"))))
                .kb().get("tokayev-2000", Source.class).orElseThrow());
        assertThat(StyledReferences.render(book, Style.GOST_AUTHOR_DATE, Lang.RU, "text").get("tokayev-2000"))
                .isEqualTo("Токаев К.К. Внешняя политика Казахстан в условиях глобализации. Алматы, 2000. 584 с.");
        assertThat(StyledReferences.render(book, Style.GOST_AUTHOR_DATE, Lang.KK, "text").get("tokayev-2000")).endsWith("Алматы, 2000. 584 б.");
    }
}
