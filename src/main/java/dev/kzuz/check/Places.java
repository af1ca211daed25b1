package dev.kzuz.check;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Place;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.Fold;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The places and countries a sentence names, by every name the knowledge base gives a place and
 * the language catalogue gives a country, with any case ending; and whether the sentence says
 * something happened there: "in Tashkent", "в Ташкенте", "Ташкентте", "Ташкент қаласында".
 */
final class Places {
    /** A place (its id) or country (its code) named in a sentence, where it starts and ends, and whether as "in …". */
    record Named(String id, boolean country, int offset, int end, boolean locative) {
    }

    /** A place or country and one of its names, as written and folded. */
    private record Name(String id, boolean country, String written, Lexicon.Phrase phrase) {
    }

    private static final Set<String> BEFORE = WordLists.lowerCase(WordLists.PLACE_BEFORE);
    private static final Set<String> BETWEEN = WordLists.lowerCase(WordLists.PLACE_BETWEEN);
    private static final Set<String> ENDINGS = WordLists.lowerCase(WordLists.PLACE_ENDINGS);
    private static final Set<String> AFTER = WordLists.lowerCase(WordLists.PLACE_AFTER);
    private static final String COUNTRY_KEY = "country.";
    private static final String GENITIVE_KEY = "country.gen.";

    private final KnowledgeBase kb;
    private final List<Name> names = new ArrayList<>();
    /** By lexicon word: the names (their index in {@link #names}) that use it. */
    private final Map<Integer, BitSet> namesUsing = new HashMap<>();

    /** Adds the names of the places and countries to {@code lexicon}. */
    Places(KnowledgeBase kb, Lexicon lexicon) {
        this.kb = kb;
        for (Place p : kb.ofType(RecordType.PLACE, Place.class)) {
            for (String spelling : p.spellings()) {
                add(p.id(), false, spelling, lexicon);
            }
        }
        for (Lang lang : Catalogue.LANGUAGES) {
            Catalogue words = Catalogue.of(lang);
            for (String key : words.keys()) {
                if (key.startsWith(GENITIVE_KEY)) {
                    add(key.substring(GENITIVE_KEY.length()), true, words.get(key), lexicon);
                } else if (key.startsWith(COUNTRY_KEY) && key.length() == COUNTRY_KEY.length() + 2) {
                    add(key.substring(COUNTRY_KEY.length()), true, words.get(key), lexicon);
                }
            }
        }
        for (String entry : WordLists.all(WordLists.COUNTRY_NAMES)) {
            // "KG Kyrgyz Republic": a country's code, then a name the catalogue does not give it.
            add(entry.substring(0, 2).toUpperCase(Locale.ROOT), true, entry.substring(3), lexicon);
        }
    }

    private void add(String id, boolean country, String written, Lexicon lexicon) {
        List<String> tokens = Fold.tokens(written);
        if (tokens.isEmpty() || String.join("", tokens).length() < 4) {
            return; // "ОАЭ", "США": too short to tell from other words by their first letters
        }
        Lexicon.Phrase phrase = lexicon.add(tokens);
        Lexicon.using(namesUsing, names.size(), List.of(phrase));
        names.add(new Name(id, country, written.toLowerCase(Locale.ROOT), phrase));
    }

    /** Whether a word, as written, is a place's or country's name (with any case ending). */
    boolean isName(String word) {
        List<String> tokens = Fold.tokens(word);
        if (tokens.isEmpty()) {
            return false;
        }
        for (Name n : names) {
            if (Lexicon.sameWord(tokens.get(0), n.phrase().words().get(0))) {
                return true;
            }
        }
        return false;
    }

    /** The country a place lies in; null for an unknown place. */
    String countryOf(String placeId) {
        return kb.get(placeId, Place.class).map(Place::country).orElse(null);
    }

    /** The places and countries the sentence names, each once at its first mention, in the sentence's order. */
    List<Named> in(DraftSentence s) {
        Lexicon.Reading words = s.words();
        List<Named> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BitSet candidates = Lexicon.candidates(namesUsing, words);
        for (int k = candidates.nextSetBit(0); k >= 0; k = candidates.nextSetBit(k + 1)) {
            Name n = names.get(k);
            List<String> name = n.phrase().words();
            // Every place the name stands, not only the first: "казахстанско-узбекской … Казахстан, Кыргызстан".
            for (int first = 0; first + name.size() <= words.words().size(); first++) {
                if (!standsAt(words.words(), first, name) || seen.contains(n.id() + first)) {
                    continue;
                }
                int last = first + name.size() - 1;
                int start = words.words().get(first).offset();
                String lastWord = rawWord(s.text(), words.words().get(last).offset());
                String writtenLast = lastWordOf(n.written());
                String ending = ending(lastWord.toLowerCase(Locale.ROOT), writtenLast);
                if (ending == null) {
                    continue; // "Алматинская" is not Алматы: a name takes an ending, not a suffix that makes another word
                }
                boolean locative = ENDINGS.contains(ending) || AFTER.contains(nextWord(s.text(), words.words().get(last).offset()))
                        || saysIn(s.text(), start);
                seen.add(n.id() + first);
                int end = words.words().get(last).offset() + lastWord.length();
                out.add(new Named(n.id(), n.country(), start, end, locative));
            }
        }
        out.sort(new Comparator<Named>() {
            @Override
            public int compare(Named a, Named b) {
                return Integer.compare(a.offset(), b.offset());
            }
        });
        return dedupe(out);
    }

    /** Whether the name's words stand in the sentence one after another from word {@code at}. */
    private static boolean standsAt(List<Lexicon.Word> words, int at, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            if (!Lexicon.sameWord(words.get(at + k).folded(), name.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** One mention per place a sentence word names (a country's nominative and genitive both fit "Kazakhstan"). */
    private static List<Named> dedupe(List<Named> sorted) {
        List<Named> out = new ArrayList<>();
        for (Named n : sorted) {
            Named previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.id().equals(n.id()) && previous.offset() == n.offset()) {
                continue;
            }
            out.add(n);
        }
        return out;
    }

    /**
     * What a word adds to a name's last word ("е" of "Ташкенте", "да" of "Астанада"); null when
     * it is another word. A name may lose its last vowel ("Астана", "Астане").
     */
    private static String ending(String word, String name) {
        if (word.startsWith(name)) {
            String rest = word.substring(name.length());
            return rest.length() <= 3 || ENDINGS.contains(rest) ? rest : null; // "Ташкенттегі"
        }
        String stem = name.substring(0, name.length() - 1);
        return word.startsWith(stem) && word.length() - stem.length() <= 2 ? "" : null;
    }

    /** Whether "in" (or "в", possibly with "the city of") stands right before the name, with only spaces between. */
    private static boolean saysIn(String text, int start) {
        int at = start;
        for (int k = 0; k < 4; k++) {
            int end = at;
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\n' || end < at && text.charAt(end - 1) == '.')) {
                end--;
            }
            if (end == at) {
                return false; // no space before: the name opens the text or follows a sign
            }
            int begin = end;
            while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
                begin--;
            }
            String word = text.substring(begin, end).toLowerCase(Locale.ROOT);
            if (BEFORE.contains(word)) {
                return true;
            }
            if (!BETWEEN.contains(word)) {
                return false;
            }
            at = begin;
        }
        return false;
    }

    /** A name's last word as written ("ata" of "cholpon-ata"). */
    private static String lastWordOf(String name) {
        int end = name.length();
        while (end > 0 && !inWord(name.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && inWord(name.charAt(start - 1))) {
            start--;
        }
        return name.substring(start, end);
    }

    /** Whether a character belongs to a word: a letter, a digit, or an apostrophe (Uzbek's o‘, g‘ and tutuq). */
    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || Apostrophes.isApostrophe(c);
    }

    /** The word that starts at {@code offset}. */
    private static String rawWord(String text, int offset) {
        int end = offset;
        while (end < text.length() && inWord(text.charAt(end))) {
            end++;
        }
        return text.substring(offset, end);
    }

    /** The word after the one that starts at {@code offset}, lower case; "" when none. */
    private static String nextWord(String text, int offset) {
        int at = offset + rawWord(text, offset).length();
        while (at < text.length() && !Character.isLetterOrDigit(text.charAt(at))) {
            if (text.charAt(at) == '.' || text.charAt(at) == ',') {
                return "";
            }
            at++;
        }
        return at < text.length() ? rawWord(text, at).toLowerCase(Locale.ROOT) : "";
    }

}
