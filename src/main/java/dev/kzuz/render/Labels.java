package dev.kzuz.render;

import dev.kzuz.model.Lang;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Field and value labels in English, Kazakh and Russian; a missing one falls back to English. */
public final class Labels {
    private static final Map<String, String[]> LABELS = new HashMap<>();

    static {
        // key: en, kk, ru
        add("id", "ID", "ID", "ID");
        add("date", "Date", "Күні", "Дата");
        add("title", "Title", "Атауы", "Название");
        add("titles", "Titles", "Атаулары", "Названия");
        add("aliases", "Other names", "Басқа атаулары", "Другие названия");
        add("names", "Earlier names", "Бұрынғы атаулары", "Прежние названия");
        // Beside a name of the record's day: "Akmola (now Astana)", a dissolved body's "(later …)".
        add("now", "now", "қазіргі", "ныне");
        add("later", "later", "кейінгі атауы", "впоследствии");
        add("place", "Place", "Орны", "Место");
        add("parties", "Parties", "Тараптар", "Стороны");
        add("kind", "Kind", "Түрі", "Вид");
        add("verdict", "Verdict", "Тексеру нәтижесі", "Проверка");
        add("status", "Status", "Мәртебесі", "Статус");
        add("summary", "Summary", "Қысқаша мазмұны", "Краткое содержание");
        add("related", "Related", "Байланысты жазбалар", "Связанные записи");
        add("sources", "Sources", "Дереккөздер", "Источники");
        add("note", "Note", "Ескерту", "Примечание");
        add("essay_claims", "Essay claims", "Эссе тұжырымдары", "Утверждения эссе");
        add("claims", "Claims and their sources", "Дереккөздердің деректері", "Сведения источников");
        add("conflicts", "Conflicting claims", "Қайшы деректер", "Противоречивые сведения");
        add("field", "Field", "Өріс", "Поле");
        add("value", "Value", "Мәні", "Значение");
        add("founded", "Founded", "Құрылған", "Основан");
        add("document", "Founding document", "Құрылтай құжаты", "Учредительный документ");
        add("dissolved", "Dissolved", "Таратылған", "Упразднён");
        add("seat", "Seat", "Орналасқан жері", "Местонахождение");
        add("purpose", "Purpose", "Мақсаты", "Цель");
        add("bodies", "Governing bodies", "Басқару органдары", "Органы управления");
        add("fate", "Fate", "Тағдыры", "Судьба");
        add("members", "Membership", "Мүшелік", "Членство");
        add("country", "Country", "Ел", "Страна");
        add("from", "From", "Бастап", "С");
        add("to", "To", "Дейін", "По");
        add("period", "Period", "Кезең", "Период");
        add("reporter", "Reporter", "Дерек беруші", "Источник данных");
        add("turnover", "Turnover", "Тауар айналымы", "Товарооборот");
        add("exports", "KZ exports", "Қазақстан экспорты", "Экспорт Казахстана");
        add("imports", "KZ imports", "Қазақстан импорты", "Импорт Казахстана");
        add("growth", "Growth, %", "Өсім, %", "Рост, %");
        // Kinds of record, shown in the reader's language; options and JSON keep the codes.
        add("kind.treaty", "treaty", "шарт", "договор");
        add("kind.agreement", "agreement", "келісім", "соглашение");
        add("kind.declaration", "declaration", "декларация", "декларация");
        add("kind.protocol", "protocol", "хаттама", "протокол");
        add("kind.programme", "programme", "бағдарлама", "программа");
        add("kind.memorandum", "memorandum", "меморандум", "меморандум");
        add("kind.decision", "decision", "шешім", "решение");
        add("kind.statement", "statement", "мәлімдеме", "заявление");
        add("kind.plan", "plan", "жоспар", "план");
        add("kind.charter", "charter", "жарғы", "устав");
        add("kind.concept", "concept", "тұжырымдама", "концепция");
        add("kind.visit", "visit", "сапар", "визит");
        add("kind.summit", "summit", "саммит", "саммит");
        add("kind.meeting", "meeting", "кездесу", "встреча");
        add("kind.diplomatic", "diplomatic", "дипломатия", "дипломатия");
        add("kind.exercise", "exercise", "жаттығу", "учения");
        add("kind.founding", "founding", "құрылу", "основание");
        add("kind.project", "project", "жоба", "проект");
        add("kind.other", "other", "басқа", "другое");
        add("kind.organisation", "organisation", "ұйым", "организация");
        add("kind.union", "union", "одақ", "союз");
        add("kind.council", "council", "кеңес", "совет");
        add("kind.bank", "bank", "банк", "банк");
        add("kind.fund", "fund", "қор", "фонд");
        add("kind.commission", "commission", "комиссия", "комиссия");
        add("kind.military-unit", "military unit", "әскери бөлім", "воинское подразделение");
        add("kind.forum", "forum", "форум", "форум");
        add("kind.zone", "zone", "аймақ", "зона");
        add("kind.centre", "centre", "орталық", "центр");
        add("confirmed", "confirmed", "расталған", "подтверждено");
        add("conflict", "conflict", "қайшылық", "противоречие");
        add("unconfirmed", "unconfirmed", "расталмаған", "не подтверждено");
        add("member", "member", "мүше", "член");
        add("observer", "observer", "бақылаушы", "наблюдатель");
        add("suspended", "suspended", "тоқтатылған", "приостановлено");
        add("withdrawn", "withdrawn", "шыққан", "вышел");
        add("preferred", "preferred", "қабылданған", "принято");
        add("rejected", "rejected", "қате", "отклонено");
        add("open", "unresolved", "шешілмеген", "не решено");
        add("code", "Code", "Коды", "Код");
        add("lines", "Essay lines", "Эссе жолдары", "Строки эссе");
        add("claim", "The essay says", "Эсседе", "В эссе сказано");
        add("records", "Records", "Жазбалар", "Записи");
        add("content", "Content", "Мазмұны", "Содержание");
        add("capital", "Capital", "Капиталы", "Капитал");
        add("funding", "Funding", "Қаржыландыру", "Финансирование");
        add("figure", "Figure", "Көрсеткіш", "Показатель");
        add("when", "Date", "Күні", "Дата");
        add("event", "What", "Не болды", "Что произошло");
        add("type", "Type", "Түрі", "Тип");
        add("matched", "Matched in", "Сәйкестік", "Совпадение");
        add("score", "Score", "Ұпай", "Оценка");
        add("growth_computed", "Growth computed, %", "Есептелген өсім, %", "Рост расчётный, %");
        add("gap", "Gap KZ–UZ", "ҚЗ–ӨЗ айырмасы", "Разница КЗ–УЗ");
        add("set", "Set", "Белгіленді", "Поставлена");
        add("target", "Target", "Мақсат", "Цель");
        add("no_records", "No records match.", "Сәйкес жазба жоқ.", "Подходящих записей нет.");
    }

    private Labels() {
    }

    private static void add(String key, String en, String kk, String ru) {
        LABELS.put(key, new String[] {en, kk, ru});
    }

    /** The label for {@code key} in {@code lang}; an unknown key is shown as it is. */
    public static String get(String key, Lang lang) {
        String[] l = LABELS.get(key);
        if (l == null) {
            return key;
        }
        return switch (lang) {
            case KK -> l[1];
            case RU -> l[2];
            default -> l[0];
        };
    }

    /** A kind of record (treaty, visit, bank…) in the language asked; an unknown code as it is. */
    public static String kind(String code, Lang lang) {
        if (code == null) {
            return "";
        }
        String[] l = LABELS.get("kind." + code);
        return l == null ? code : get("kind." + code, lang);
    }

    /**
     * Names (en, kk, ru) of the countries the records name, as the JDK 17 locale data (CLDR) gives
     * them: a fixed table keeps output the same on every JDK (later CLDR versions renamed some)
     * and spares the start-up the JDK's locale providers (about 15 ms).
     */
    private static final String[][] COUNTRIES = {
        {"AE", "United Arab Emirates", "Біріккен Араб Әмірліктері", "ОАЭ"},
        {"AT", "Austria", "Австрия", "Австрия"},
        {"AZ", "Azerbaijan", "Әзірбайжан", "Азербайджан"},
        {"BE", "Belgium", "Бельгия", "Бельгия"},
        {"BY", "Belarus", "Беларусь", "Беларусь"},
        {"CA", "Canada", "Канада", "Канада"},
        {"CN", "China", "Қытай", "Китай"},
        {"DE", "Germany", "Германия", "Германия"},
        {"FI", "Finland", "Финляндия", "Финляндия"},
        {"FR", "France", "Франция", "Франция"},
        {"GB", "United Kingdom", "Ұлыбритания", "Великобритания"},
        {"IN", "India", "Үндістан", "Индия"},
        {"KG", "Kyrgyzstan", "Қырғызстан", "Киргизия"},
        {"KZ", "Kazakhstan", "Қазақстан", "Казахстан"},
        {"MA", "Morocco", "Марокко", "Марокко"},
        {"PK", "Pakistan", "Пәкістан", "Пакистан"},
        {"RU", "Russia", "Ресей", "Россия"},
        {"SA", "Saudi Arabia", "Сауд Арабиясы", "Саудовская Аравия"},
        {"TJ", "Tajikistan", "Тәжікстан", "Таджикистан"},
        {"TM", "Turkmenistan", "Түрікменстан", "Туркменистан"},
        {"TR", "Turkey", "Түркия", "Турция"},
        {"US", "United States", "Америка Құрама Штаттары", "Соединенные Штаты"},
        {"UZ", "Uzbekistan", "Өзбекстан", "Узбекистан"},
    };

    /** A country's name for a code, in the language asked; codes the table lacks from the JDK's locale data. */
    public static String country(String code, Lang lang) {
        int column = lang == Lang.KK ? 2 : lang == Lang.RU ? 3 : 1;
        for (String[] c : COUNTRIES) {
            if (c[0].equals(code)) {
                return c[column];
            }
        }
        String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(lang == Lang.UZ ? "en" : lang.code()));
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
