package dev.kzuz.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A book, web page, legal text, article or the essay itself; fields absent in the record are
 * null. {@code standing} says what kind of witness it is (citing puts primary texts first); a web
 * page has to say, the other kinds have a usual one. {@code issuedBy} is the body that enacted a
 * legal text. {@code accessed} is the day our research read the page (a stored copy of it);
 * {@code cites} names the sources it cites in turn (the essay's bibliography).
 */
public record Source(
        String id,
        String kind,
        Standing standing,
        String originalTitle,
        String titleEn,
        LocalizedText descriptiveTitle,
        String language,
        List<Person> authors,
        String site,
        String publisher,
        String place,
        Integer year,
        Integer pages,
        PartialDate date,
        String url,
        PartialDate accessed,
        String number,
        String issuedBy,
        String database,
        Verdict verdict,
        List<String> cites,
        String note) implements KbRecord {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        standing = standing != null ? standing : Standing.byKind(kind);
        descriptiveTitle = descriptiveTitle == null ? LocalizedText.empty() : descriptiveTitle;
        if (originalTitle == null && !descriptiveTitle.asMap().containsKey(Lang.EN)) {
            throw new IllegalArgumentException("a source needs its title as published, or a descriptive title in English");
        }
        authors = List.copyOf(authors);
        cites = List.copyOf(cites);
    }

    @Override
    public RecordType type() {
        return RecordType.SOURCE;
    }

    /** The title as published, under its language, with the English translation where given; none for a described source. */
    @Override
    public LocalizedText title() {
        if (originalTitle == null) {
            return LocalizedText.empty();
        }
        Lang lang = language == null ? null : Lang.ofCode(language);
        if (lang == null || lang == Lang.EN) {
            return LocalizedText.en(originalTitle);
        }
        return titleEn == null ? LocalizedText.of(Map.of(lang, originalTitle))
                : LocalizedText.of(Map.of(lang, originalTitle, Lang.EN, titleEn));
    }

    /**
     * The title a reference gives: the published one, else our description in {@code lang} (else
     * in English) in square brackets, as GOST writes a title supplied by the compiler.
     */
    public String shownTitle(Lang lang) {
        return originalTitle != null ? originalTitle : "[" + descriptiveTitle.resolve(lang).text() + "]";
    }

    @Override
    public List<String> aliases() {
        return List.of();
    }

    @Override
    public DateRange when() {
        return null;
    }

    @Override
    public List<String> parties() {
        return List.of();
    }

    /**
     * The hosts of the two states' official legal databases, by the name each goes by: Kazakhstan's
     * Adilet (also served without TLS at insecure.zan.kz), Uzbekistan's Lex.uz.
     */
    private static final Map<String, String> LEGAL_PORTALS = Map.of(
            "adilet.zan.kz", "adilet.zan.kz", "insecure.zan.kz", "adilet.zan.kz", "lex.uz", "lex.uz");

    /** The official legal database this page is on (its host), or null for any other page. */
    public String legalPortal() {
        if (url == null) {
            return null;
        }
        String host;
        try {
            host = java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
        if (host == null) {
            return null;
        }
        String bare = host.startsWith("www.") ? host.substring(4) : host;
        return LEGAL_PORTALS.get(bare);
    }

    /** None: a source is what others cite. */
    @Override
    public List<String> citedSourceIds() {
        return List.of();
    }

    @Override
    public List<String> preferredSourceIds() {
        return List.of();
    }

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.source(this);
    }
}
