package dev.kzuz.model;

import java.util.List;

/** Month names, January first: one list for the renderer that writes dates and the checker that reads them. */
public final class MonthNames {
    public static final List<String> EN = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    /** Kazakh months, lower case as written after a day number. */
    public static final List<String> KK = List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
            "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");
    /** Russian months in the genitive, as after a day number. */
    public static final List<String> RU_GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря");
    public static final List<String> RU_NOMINATIVE = List.of("январь", "февраль", "март", "апрель", "май", "июнь",
            "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь");

    private MonthNames() {
    }
}
