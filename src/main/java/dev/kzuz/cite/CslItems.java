package dev.kzuz.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.Person;
import dev.kzuz.model.Source;

/** Source records as CSL items: the one mapping every style and export format starts from. */
public final class CslItems {
    private CslItems() {
    }

    /**
     * The CSL type. A legal text is cited as the database page it was read on (CSL's
     * legislation type formats acts the US way, "Pub. L. No.").
     */
    public static CSLType type(Source s) {
        return switch (s.kind()) {
            case "book" -> CSLType.BOOK;
            case "article" -> CSLType.ARTICLE_MAGAZINE;
            case "report" -> CSLType.REPORT;
            case "essay" -> CSLType.MANUSCRIPT;
            default -> CSLType.WEBPAGE;
        };
    }

    public static CSLItemData item(Source s, Lang lang) {
        return item(s, null, lang);
    }

    /**
     * The item as a style wants it. GOST writes initials closed up ("Токаев К.К."), APA and
     * Chicago with a space; citeproc-java leaves initials as they are given, so they are set here.
     */
    public static CSLItemData item(Source s, Style style, Lang lang) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(s.id()).type(type(s)).title(s.shownTitle(lang));
        if (!s.authors().isEmpty()) {
            b.author(s.authors().stream().map(p -> name(p, style)).toArray(CSLName[]::new));
        }
        String container = s.site() != null ? s.site() : s.database();
        if (container != null) {
            b.containerTitle(container);
        }
        if (s.publisher() != null) {
            b.publisher(s.publisher());
        }
        if (s.place() != null) {
            b.publisherPlace(s.place());
        }
        if (s.date() != null) {
            b.issued(date(s.date()));
        } else if (s.year() != null) {
            b.issued(new CSLDateBuilder().dateParts(s.year()).build());
        }
        if (s.pages() != null) {
            b.numberOfPages(String.valueOf(s.pages()));
        }
        if (s.url() != null) {
            b.URL(s.url());
        }
        if (s.accessed() != null) {
            b.accessed(date(s.accessed()));
        }
        if (s.number() != null) {
            // For rendering, a CSL processor reads "164-I" as a range and prints "164–I"; a
            // non-breaking hyphen looks the same and is left alone. Exports keep the number as is.
            b.number(style == null ? s.number() : s.number().replace('-', '\u2011'));
        }
        if (s.language() != null) {
            b.language(s.language());
        }
        return b.build();
    }

    static CSLName name(Person p, Style style) {
        CSLNameBuilder b = new CSLNameBuilder().family(p.family());
        if (p.given() != null) {
            String given = p.given();
            if (style == Style.GOST) {
                given = given.replaceAll("\\.\\s+(?=\\p{L}+\\.)", ".");
            } else if (style != null) {
                given = given.replaceAll("\\.(?=\\p{L}+\\.)", ". ");
            }
            b.given(given);
        }
        return b.build();
    }

    static CSLDate date(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> new CSLDateBuilder().dateParts(d.year()).build();
            case MONTH -> new CSLDateBuilder().dateParts(d.year(), d.month()).build();
            case DAY -> new CSLDateBuilder().dateParts(d.year(), d.month(), d.day()).build();
        };
    }
}
