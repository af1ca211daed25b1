package dev.kzuz.model;

import java.util.List;
import java.util.Set;

/**
 * Every record type's fields, stated once: the YAML key (JSON uses the same names), the record
 * component that holds the value, what kind of value it is, whether a record must have it,
 * whether the detail view shows it (and why not, when it does not) and under which name the
 * search index holds it.
 *
 * <p>The code that reads and writes records stays written out by hand, because generic code
 * (reflection, lambdas) would cost every command's start-up: the YAML mapper, the binary codec,
 * the JSON renderer, the detail view and the search index. Tests hold each of them to this
 * description over generated records of every type, and a record component that is not
 * described here fails a test. Fields are listed in the order of the record's components,
 * which is its constructor's and the binary codec's order.
 */
public final class Schema {

    /** What a field holds. A field with {@link Field#many} holds a list of them. */
    public enum Kind {
        /** Treaty or event: given by the record's folder, not by a key (JSON writes it as "type"). */
        TYPE,
        /** A lowercase slug (letters, digits, single hyphens), unique across all records. */
        ID,
        /** A text as written, on one line. */
        TEXT,
        /** One of the field's {@link Field#words}. */
        WORD,
        /** The lower-case name of one of the component's enum constants (verdict, status). */
        ENUM,
        /** An essay-claim code such as E12. */
        ESSAY_CODE,
        /** A line number or a range of lines, such as 38-39. */
        LINES,
        /** An ISO 4217 currency code such as USD. */
        CURRENCY,
        /** An http:// or https:// address. */
        URL,
        /** A language code such as ru (any language, not only those kzuz writes). */
        LANGUAGE,
        /** An ISO 3166-1 alpha-2 country code such as KZ. */
        COUNTRY,
        /** The id of a record of type {@link Field#refers} (null: of any type). */
        REF,
        /** A text by language code; English is needed where the field is required, and in each item of a list. */
        LOCALIZED,
        /** Our own prose or a value: a plain text (English, or a value in no language: a date, an id, a number), or texts by language code with English. */
        PROSE,
        /** The id of a record of type {@link Field#refers} by language code: the source of each official title. */
        REF_BY_LANGUAGE,
        /** A date at its precision: 1996, 1997-01, 1998-10-31. */
        DATE,
        /** A date, or a span written start/end. */
        DATE_RANGE,
        /** An exact decimal number, written as a text. */
        DECIMAL,
        /** A whole number. */
        WHOLE,
        /** true or false; false when absent. */
        FLAG,
        /** A mapping of its own, described by {@link Field#part}. */
        PART,
        /** A part whose keys stand in the record's own mapping (provenance). */
        INLINE
    }

    /**
     * One field. {@code hidden} is null when the detail view shows the field, else why it does
     * not; {@code searchedAs} names the search index's field that holds it (a text by language
     * adds ".en", ".ru"...), null when search does not read it; {@code rule} says, in words,
     * when a field that is not always required must or may be given.
     */
    public record Field(String key, String component, Kind kind, boolean many, boolean required, String rule,
                        String hidden, String searchedAs, Set<String> words, RecordType refers, Part part) {

        Field mandatory() {
            return new Field(key, component, kind, many, true, rule, hidden, searchedAs, words, refers, part);
        }

        Field list() {
            return new Field(key, component, kind, true, required, rule, hidden, searchedAs, words, refers, part);
        }

        Field rule(String when) {
            return new Field(key, component, kind, many, required, when, hidden, searchedAs, words, refers, part);
        }

        Field hidden(String why) {
            return new Field(key, component, kind, many, required, rule, why, searchedAs, words, refers, part);
        }

        Field searchedAs(String indexField) {
            return new Field(key, component, kind, many, required, rule, hidden, indexField, words, refers, part);
        }

        Field words(Set<String> allowed) {
            return new Field(key, component, kind, many, required, rule, hidden, searchedAs, allowed, refers, part);
        }

        Field refers(RecordType type) {
            return new Field(key, component, kind, many, required, rule, hidden, searchedAs, words, type, part);
        }

        /** True when the detail view shows the field. */
        public boolean shown() {
            return hidden == null;
        }
    }

    /** The fields of one record class or of a part of one (a claim, a membership…), in component order. */
    public record Part(Class<? extends Record> type, List<Field> fields) {
        public Part(Class<? extends Record> type, Field... fields) {
            this(type, List.of(fields));
        }

        /** The field under this YAML key, or null. */
        public Field field(String key) {
            for (Field f : fields) {
                if (key.equals(f.key())) {
                    return f;
                }
            }
            return null;
        }
    }

    private static Field field(String key, String component, Kind kind) {
        return new Field(key, component, kind, false, false, null, null, null, null, null, null);
    }

    private static Field field(String key, Kind kind) {
        return field(key, key, kind);
    }

    private static Field part(String key, String component, Kind kind, Part part) {
        return new Field(key, component, kind, false, false, null, null, null, null, null, part);
    }

    private static Field ref(String key, RecordType type) {
        return field(key, Kind.REF).refers(type);
    }

    /** One source's value for one field of a record. */
    public static final Part CLAIM = new Part(Claim.class,
            field("field", Kind.TEXT).mandatory(),
            field("value", Kind.PROSE).mandatory(),
            ref("sources", RecordType.SOURCE).list().mandatory(),
            field("status", Kind.ENUM).mandatory(),
            field("note", Kind.PROSE));

    /** Where a record's facts come from; its keys stand in the record's own mapping. */
    public static final Part PROVENANCE = new Part(Provenance.class,
            ref("sources", RecordType.SOURCE).list().mandatory(),
            field("verdict", Kind.ENUM).mandatory(),
            part("claims", "claims", Kind.PART, CLAIM).list(),
            field("essay_claims", "essayClaims", Kind.ESSAY_CODE).list(),
            field("note", Kind.PROSE));

    /** An earlier name of a place or a body; its name is searched as the record's own names are. */
    private static Part formerName(String searchedAs) {
        return new Part(FormerName.class,
                field("name", Kind.LOCALIZED).mandatory().searchedAs(searchedAs),
                field("until", Kind.DATE).mandatory()
                        .rule("the first day of the next name; after the previous name's (oldest first)"),
                ref("sources", RecordType.SOURCE).list().mandatory());
    }

    /** A place's earlier name: found in search as the place's names are. */
    public static final Part FORMER_PLACE_NAME = formerName("place");
    /** A body's earlier title: found in search as its titles are. */
    public static final Part FORMER_TITLE = formerName("title");

    public static final Part FOUNDING = new Part(Founding.class,
            field("date", Kind.DATE),
            ref("place", RecordType.PLACE).searchedAs("place"),
            field("document", Kind.LOCALIZED),
            ref("treaty", RecordType.TREATY));

    public static final Part MEMBERSHIP = new Part(Membership.class,
            field("country", Kind.COUNTRY).mandatory(),
            field("status", Kind.ENUM).mandatory(),
            field("from", Kind.DATE),
            field("to", Kind.DATE),
            ref("sources", RecordType.SOURCE).list(),
            field("note", Kind.PROSE));

    public static final Part REPORTER = new Part(Reporter.class,
            field("country", Kind.COUNTRY),
            field("kind", Kind.WORD).words(KindWords.REPORTER).mandatory());

    public static final Part PERSON = new Part(Person.class,
            field("family", Kind.TEXT).mandatory().searchedAs("author"),
            field("given", Kind.TEXT));

    private static final String TITLE_RULE =
            "official titles as published, each with its source in title_sources; title or descriptive_title needs en";
    private static final String RELATED_RULE = "records, and sources that bear on this one without backing its facts (not cited)";
    private static final String DESCRIPTIVE_RULE = "titles in our own words, for languages with no official title";

    public static final Part TREATY = dated(KindWords.TREATY);
    public static final Part EVENT = dated(KindWords.EVENT);

    private static Part dated(Set<String> kinds) {
        return new Part(DatedRecord.class,
                field("type", Kind.TYPE).mandatory().hidden("the command that shows the record names it (treaty, event)"),
                field("id", Kind.ID).mandatory().searchedAs("id"),
                field("title", Kind.LOCALIZED).rule(TITLE_RULE).searchedAs("title"),
                field("descriptive_title", "descriptiveTitle", Kind.LOCALIZED).rule(DESCRIPTIVE_RULE).searchedAs("title"),
                field("title_sources", "titleSources", Kind.REF_BY_LANGUAGE).refers(RecordType.SOURCE)
                        .hidden("the sources list shows them; JSON has them"),
                field("aliases", Kind.TEXT).list().searchedAs("alias"),
                field("kind", Kind.WORD).words(kinds).mandatory(),
                field("date", Kind.DATE_RANGE).mandatory(),
                ref("place", RecordType.PLACE).searchedAs("place"),
                field("parties", Kind.COUNTRY).list().mandatory().searchedAs("parties"),
                field("status", Kind.PROSE),
                ref("related", null).list().rule(RELATED_RULE),
                field("summary", Kind.LOCALIZED).searchedAs("summary"),
                part(null, "provenance", Kind.INLINE, PROVENANCE));
    }

    public static final Part INSTITUTION = new Part(Institution.class,
            field("id", Kind.ID).mandatory().searchedAs("id"),
            field("title", Kind.LOCALIZED).rule(TITLE_RULE).searchedAs("title"),
            field("descriptive_title", "descriptiveTitle", Kind.LOCALIZED).rule(DESCRIPTIVE_RULE).searchedAs("title"),
            field("title_sources", "titleSources", Kind.REF_BY_LANGUAGE).refers(RecordType.SOURCE)
                    .hidden("the sources list shows them; JSON has them"),
            part("names", "names", Kind.PART, FORMER_TITLE).list(),
            field("aliases", Kind.TEXT).list().searchedAs("alias"),
            field("kind", Kind.WORD).words(KindWords.INSTITUTION).mandatory(),
            part("founded", "founded", Kind.PART, FOUNDING),
            field("dissolved", Kind.DATE),
            field("last_recorded", "lastRecorded", Kind.DATE)
                    .rule("when no source gives its end: the last date a source shows the body at work; not with dissolved"),
            ref("seat", RecordType.PLACE).searchedAs("place"),
            field("purpose", Kind.LOCALIZED).searchedAs("purpose"),
            field("bodies", Kind.LOCALIZED).list(),
            field("fate", Kind.LOCALIZED),
            part("members", "members", Kind.PART, MEMBERSHIP).list(),
            ref("related", null).list().rule(RELATED_RULE),
            field("summary", Kind.LOCALIZED).searchedAs("summary"),
            part(null, "provenance", Kind.INLINE, PROVENANCE));

    public static final Part TRADE = new Part(TradeFigure.class,
            field("id", Kind.ID).mandatory().searchedAs("id"),
            field("title", Kind.LOCALIZED).searchedAs("title"),
            field("kind", Kind.WORD).words(KindWords.TRADE).mandatory().searchedAs("kind"),
            field("period", Kind.DATE_RANGE).rule("required when kind is figure"),
            part("reporter", "reporter", Kind.PART, REPORTER).rule("required when kind is figure"),
            field("currency", Kind.CURRENCY).rule("required when turnover, exports or imports is given"),
            field("turnover", Kind.DECIMAL),
            field("exports", Kind.DECIMAL),
            field("imports", Kind.DECIMAL),
            field("growth", Kind.DECIMAL),
            field("approximate", Kind.FLAG),
            field("set", Kind.DATE).hidden("when a target was set: 'kzuz trade' shows it beside the target"),
            field("summary", Kind.LOCALIZED).searchedAs("summary"),
            part(null, "provenance", Kind.INLINE, PROVENANCE));

    public static final Part SOURCE = new Part(Source.class,
            field("id", Kind.ID).mandatory().searchedAs("id"),
            field("kind", Kind.WORD).words(KindWords.SOURCE).mandatory(),
            field("standing", Kind.ENUM)
                    .rule("primary for texts of treaties and laws, official for governments' and organisations' own pages, "
                            + "scholarly, press or reference; needed for web pages, usual by kind otherwise")
                    .hidden("citing orders a record's sources by it; JSON has it"),
            field("title", "originalTitle", Kind.TEXT).rule("the title as published; a source whose page gives none has a descriptive_title instead")
                    .searchedAs("title"),
            field("title_en", "titleEn", Kind.TEXT).searchedAs("title"),
            field("descriptive_title", "descriptiveTitle", Kind.LOCALIZED)
                    .rule("what the source is, in our own words by language (en needed), where it has no title of its own").searchedAs("title"),
            field("language", Kind.LANGUAGE),
            part("authors", "authors", Kind.PART, PERSON).list(),
            field("site", Kind.TEXT).searchedAs("site"),
            field("publisher", Kind.TEXT),
            field("place", Kind.TEXT),
            field("year", Kind.WHOLE),
            field("pages", Kind.WHOLE),
            field("date", Kind.DATE),
            field("url", Kind.URL),
            field("accessed", Kind.DATE).rule("only with a url"),
            field("number", Kind.TEXT),
            field("issued_by", "issuedBy", Kind.TEXT).rule("the body that enacted a legal text"),
            field("database", Kind.TEXT),
            field("verdict", Kind.ENUM),
            ref("cites", RecordType.SOURCE).list()
                    .hidden("read by validation only: a source that a used source cites counts as used"),
            field("note", Kind.TEXT).hidden("a note on the source itself; JSON has it"));

    public static final Part PLACE = new Part(Place.class,
            field("id", Kind.ID).mandatory(),
            field("name", Kind.LOCALIZED).mandatory().searchedAs("place"),
            part("names", "names", Kind.PART, FORMER_PLACE_NAME).list(),
            field("aliases", Kind.TEXT).list().searchedAs("place"),
            field("country", Kind.COUNTRY));

    public static final Part ESSAY_CLAIM = new Part(EssayClaim.class,
            field("id", Kind.ID).mandatory().searchedAs("id"),
            ref("essay", RecordType.SOURCE).mandatory(),
            field("code", Kind.ESSAY_CODE).searchedAs("code"),
            field("lines", Kind.LINES).mandatory(),
            field("text", Kind.LOCALIZED).mandatory().searchedAs("title"),
            field("verdict", Kind.ENUM).mandatory(),
            ref("records", null).list(),
            field("match", Kind.TEXT).list().hidden("word groups by which 'kzuz check' knows the claim in a draft"),
            field("note", Kind.PROSE));

    private Schema() {
    }

    /** The fields of a record of this type. */
    public static Part of(RecordType type) {
        return switch (type) {
            case TREATY -> TREATY;
            case EVENT -> EVENT;
            case INSTITUTION -> INSTITUTION;
            case TRADE -> TRADE;
            case SOURCE -> SOURCE;
            case CLAIM -> ESSAY_CLAIM;
            case PLACE -> PLACE;
        };
    }
}
