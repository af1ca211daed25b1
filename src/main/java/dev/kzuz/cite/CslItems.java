package dev.kzuz.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.Person;
import dev.kzuz.model.Source;

/** Source records as CSL items: the one mapping every style and export format starts from. */
public final class CslItems {
    private CslItems() {
    }

    /** The CSL type of the item other tools get: a legal text is legislation. */
    public static CSLType type(Source s) {
        return switch (s.kind()) {
            case "book" -> CSLType.BOOK;
            case "article" -> CSLType.ARTICLE_MAGAZINE;
            case "report" -> CSLType.REPORT;
            case "essay" -> CSLType.MANUSCRIPT;
            case "legal" -> CSLType.LEGISLATION;
            case "web" -> CSLType.WEBPAGE;
            default -> throw new IllegalArgumentException("not a kind of source: " + s.kind());
        };
    }

    /**
     * The CSL type kzuz renders a reference from. GOST writes the electronic-resource mark, the
     * URL and the day read for a web page only: a text read online is one. APA and Chicago write
     * legislation the US way ("Pub. L. No."): a legal text is the database page it was read on.
     */
    static CSLType renderedType(Source s, Style style) {
        CSLType exported = type(s);
        return switch (style) {
            case GOST, GOST_AUTHOR_DATE -> s.url() != null || exported == CSLType.LEGISLATION ? CSLType.WEBPAGE : exported;
            case APA, CHICAGO -> exported == CSLType.LEGISLATION ? CSLType.WEBPAGE : exported;
        };
    }

    /** The item as exported (CSL-JSON, CSL-YAML): the record's values as they are. */
    public static CSLItemData item(Source s, Lang lang) {
        CSLItemDataBuilder b = common(s, null, lang).type(type(s));
        if (site(s) != null) {
            b.containerTitle(site(s));
        }
        if (s.publisher() != null) {
            b.publisher(s.publisher());
        }
        if (s.number() != null) {
            b.number(s.number());
        }
        if (s.issuedBy() != null) {
            b.authority(s.issuedBy());
        }
        return b.build();
    }

    /**
     * The item as a style wants it. GOST writes initials closed up ("Токаев К.К."), APA and
     * Chicago with a space; citeproc-java leaves initials as they are given, so they are set here.
     */
    public static CSLItemData item(Source s, Style style, Lang lang) {
        CSLType type = renderedType(s, style);
        CSLItemDataBuilder b = common(s, style, lang).type(type);
        String site = site(s);
        if (style == Style.APA && type == CSLType.WEBPAGE) {
            // APA writes a web page's site where a publisher goes, but in title case ("Rfe/Rl",
            // "Bne IntelliNews"); given as the publisher, the site's name is written as it is.
            b.publisher(site == null ? s.publisher() : s.publisher() == null ? site : site + "; " + s.publisher());
        } else {
            if (site != null) {
                b.containerTitle(site);
            }
            if (s.publisher() != null) {
                b.publisher(s.publisher());
            }
        }
        if (s.number() != null) {
            // A CSL processor reads "164-I" as a range and prints "164–I"; a non-breaking
            // hyphen looks the same and is left alone.
            String number = s.number().replace('-', '\u2011');
            b = switch (style) {
                // GOST writes "genre number" after the title: the sign goes where a document's type
                // would (given with the number, a CSL processor drops it from "№ 452").
                case GOST, GOST_AUTHOR_DATE -> b.genre(numberLabel(lang)).number(number);
                // APA writes the locale's short term for "number" before it (see StyledReferences).
                case APA -> b.number(number);
                // Chicago writes no number for a web page, but does write its description.
                case CHICAGO -> b.genre(numberLabel(lang) + " " + number);
            };
        }
        return b.build();
    }

    /** "No." or "№": the catalogue's word for a document's number. */
    static String numberLabel(Lang lang) {
        return Catalogue.of(lang).fill("ref.number", "n", "").strip();
    }

    private static String site(Source s) {
        return s.site() != null ? s.site() : s.database();
    }

    private static CSLItemDataBuilder common(Source s, Style style, Lang lang) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(s.id()).title(s.shownTitle(lang));
        if (!s.authors().isEmpty()) {
            b.author(s.authors().stream().map(p -> name(p, style)).toArray(CSLName[]::new));
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
        // A style title-cases English text only, by the item's language. The description of a
        // source without a title of its own is ours, in the reader's language: a Kazakh or
        // Russian one is not English, whatever the source's language.
        String language = style != null && s.originalTitle() == null && lang != Lang.EN ? lang.code() : s.language();
        if (language != null) {
            b.language(language);
        }
        return b;
    }

    static CSLName name(Person p, Style style) {
        CSLNameBuilder b = new CSLNameBuilder().family(p.family());
        if (p.given() != null) {
            String given = p.given();
            if (style == Style.GOST || style == Style.GOST_AUTHOR_DATE) {
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
