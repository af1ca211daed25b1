package dev.kzuz.cli;

import java.util.ListResourceBundle;

/**
 * kzuz's usage help in Uzbek (official Latin alphabet; o‘ and g‘ written with U+2018 ‘, the tutuq
 * with U+2019 ’): the keys of {@link HelpWords}, which says how they are read. Option, command,
 * format and file names, and placeholders such as YEAR or FILE, stay as typed; terms follow
 * docs/GLOSSARY.md.
 */
final class HelpWords_uz extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"usage.synopsisHeading", "Foydalanish: "},
            {"usage.parameterListHeading", "Argumentlar:%n"},
            {"usage.optionListHeading", "Parametrlar:%n"},
            {"usage.commandListHeading", "Buyruqlar:%n"},
            {"usage.exitCodeListHeading", "%nYakunlanish kodlari:%n"},
            {"usage.exitCodeList.0", "0:muvaffaqiyatli yakunlandi"},
            {"usage.exitCodeList.1", "1:ichki xato (dasturdagi nuqson: buyruqni --debug bilan qayta ishga tushiring va bu haqda xabar bering)"},
            {"usage.exitCodeList.2", "2:foydalanish xatosi: noma’lum buyruq yoki parametr, noto‘g‘ri qiymat"},
            {"usage.exitCodeList.3", "3:bunday identifikatorli yozuv yo‘q"},
            {"usage.exitCodeList.4", "4:bilim bazasi (dastur ichidagi yoki --kb orqali berilgan) yaroqsiz"},
            {"usage.exitCodeList.5", "5:check: qoralama bilim bazasiga zid keladi"},

            {"man.manual", "kzuz qo‘llanmasi"},
            {"man.name", "Nomi"},
            {"man.synopsis", "Foydalanish"},
            {"man.description", "Tavsifi"},
            {"man.options", "Parametrlar"},
            {"man.arguments", "Argumentlar"},
            {"man.commands", "Buyruqlar"},

            {"shell.help", "Interaktiv seansda:\n" +
                    "  set lang [LANG]  Buyruqlar javob beradigan tilni va u qanday tanlanganini\n" +
                    "                     ko‘rsatish; en, kk, ru yoki uz berilsa, keyingi buyruqlar\n" +
                    "                     tilini belgilash (buyruqning o‘z --lang parametri baribir ustun).\n" +
                    "  exit             Seansdan chiqish (yoki Ctrl-D)."},

            {"help", "Ushbu yordam matnini ko‘rsatish va chiqish."},
            {"version", "Versiya haqidagi ma’lumotni ko‘rsatish va chiqish."},
            {"lang", "Nomlar va yorliqlar tili: en, kk, ru, uz (sukut bo‘yicha: $KZUZ_LANG, u berilmasa ~/.config/kzuz/config " +
                    "faylidagi lang, u ham bo‘lmasa tizimning til sozlamalaridagi til, aks holda en). Tarjimasi yo‘q matn ingliz " +
                    "tilida [en] belgisi bilan chiqariladi."},
            {"kb", "O‘z yozuvlaringiz saqlangan jild (treaties/, events/, institutions/, trade/, sources/, places/, " +
                    "claims/ ichidagi .yaml yoki .yml fayllari); ular dastur ichidagi yozuvlarga qo‘shib o‘qiladi. " +
                    "Bir necha marta berish mumkin."},
            {"debug", "Xato yuz berganda chaqiruvlar stekini ko‘rsatish."},

            {"format", "Chiqish formati: table, md, json, csv (sukut bo‘yicha: terminalda table, chiqish boshqa joyga yo‘naltirilsa md)."},
            {"cite", "Markdown formatida chiqarilganda manbalarni sahifa osti izohlarida uslubga muvofiq keltirish (--style " +
                    "parametriga qarang)."},
            {"style", "Havolalarni rasmiylashtirish uslubi: gost, gost-author-date, apa, chicago (sukut bo‘yicha: til kk, ru yoki uz bo‘lsa gost, en bo‘lsa apa)."},
            {"into", "Natijani manbalariga havola qilgan holda Markdown formatidagi FILE qoralamasiga qo‘shish (fayl bo‘lmasa, yaratiladi): har bir " +
                    "manba sahifa osti izohida faqat bir marta keltiriladi, qoralamada adabiyotlar ro‘yxati bo‘lsa esa havolalar raqam bilan beriladi."},
            {"numbered", "Qozoq va rus tilidagi ilmiy ishlardagidek havola qilish: matnda [1] ko‘rinishidagi raqam, oxirida yagona " +
                    "raqamlangan adabiyotlar ro‘yxati; qoralama to‘ldirilgan sari manbalarning raqami o‘zgarmaydi."},
            {"page", "Bitta manbaning sahifasi, SOURCE=PAGE ko‘rinishida (bir necha marta berish mumkin): --numbered berilsa [3, 45-b.], sahifa osti izohida — manba tavsifidan keyin, --pandoc berilsa [@id, 45]."},
            {"since", "Faqat YEAR-yildagi yoki undan keyingi yozuvlar (YYYY-MM yoki YYYY-MM-DD ko‘rinishida ham berish mumkin)."},
            {"until", "Faqat YEAR-yildagi yoki undan oldingi yozuvlar (YYYY-MM yoki YYYY-MM-DD ko‘rinishida ham berish mumkin)."},
            {"party", "Faqat shu tomon ishtirok etgan yozuvlar (ISO\u00a03166-1 bo‘yicha ikki harfli kod: KZ, UZ, KG…). Bir necha marta " +
                    "berish mumkin: u holda ularning barchasi tomon bo‘lishi kerak."},
            {"chart", "Jadval o‘rniga tasvirni terminalda matn ko‘rinishida chizish."},
            {"chart-out", "Tasvirni FILE.svg yoki FILE.png fayliga ham yozish."},
            {"size", "Tasvir o‘lchami: screen (900×500), slides (1280×720), a4 (640×420, A4 sahifasidagi matn kengligi) yoki ENI×BALANDLIGI (sukut bo‘yicha: eni 900, a’zolik va xronologiya tasvirlarining balandligi esa qatorlar soniga qarab)."},
            {"kzuz.institutions.id", "Faqat shu tashkilotlar (sukut bo‘yicha: barchasi)."},
            {"kzuz.institutions.party", "Faqat shu davlat hozir yoki ilgari biror maqomga ega bo‘lgan tashkilotlar; tasvirda faqat shu davlatning yo‘lagi chiziladi (KZ yoki UZ)."},
            {"kzuz.institutions.format", "table, md, json, csv yoki svg (tasvir) (sukut bo‘yicha: terminalda table, chiqish boshqa joyga yo‘naltirilsa md)."},
            {"kzuz.timeline.format", "table, md, json, csv yoki svg (tasvir) (sukut bo‘yicha: terminalda table, chiqish boshqa joyga yo‘naltirilsa md)."},
            {"kind", "Faqat shu turdagi yozuvlar (shartnomalar uchun: treaty, agreement, declaration, protocol, programme…; " +
                    "voqealar uchun: visit, summit, meeting, exercise…)."},

            {"kzuz.usage.description", "Qozog‘iston va O‘zbekiston munosabatlari: shartnomalar, voqealar, tashkilotlar, savdo — manbalari bilan."},

            {"kzuz.treaties.usage.header", "Shartnomalar va imzolangan boshqa hujjatlar ro‘yxatini xronologik tartibda chiqaradi."},

            {"kzuz.treaty.usage.header", "Bitta shartnomani to‘liq ko‘rsatadi: barcha maydonlari, ma’lumotlari va manbalari bilan."},
            {"kzuz.treaty.id", "Shartnoma identifikatori (“kzuz treaties” buyrug‘iga qarang)."},

            {"kzuz.events.usage.header", "Sanasi ma’lum voqealar (tashriflar, sammitlar, harbiy mashg‘ulotlar…) ro‘yxatini xronologik tartibda chiqaradi."},

            {"kzuz.event.usage.header", "Bitta voqeani to‘liq ko‘rsatadi: barcha maydonlari, ma’lumotlari va manbalari bilan."},
            {"kzuz.event.id", "Voqea identifikatori (“kzuz events” buyrug‘iga qarang)."},

            {"kzuz.institutions.usage.header", "Tashkilotlar ro‘yxatini ularning har birida Qozog‘iston va O‘zbekistonning so‘nggi maqomi bilan chiqaradi."},

            {"kzuz.institution.usage.header", "Bitta tashkilotni mamlakatlar bo‘yicha a’zolik tarixi bilan birga to‘liq ko‘rsatadi."},
            {"kzuz.institution.id", "Tashkilot identifikatori (“kzuz institutions” buyrug‘iga qarang)."},

            {"kzuz.claims.usage.header", "Essedagi faktlarga oid da’volar ro‘yxatini tekshiruv natijalari bilan birga chiqaradi: essega " +
                    "havola qilishdan oldin shularni bilib oling."},
            {"kzuz.claims.verdict", "Faqat shu tekshiruv natijasiga ega da’volar: confirmed, conflict, unconfirmed."},

            {"kzuz.trade.usage.header", "Qozog‘iston va O‘zbekiston o‘rtasidagi savdo yillar va ma’lumot manbalari bo‘yicha, o‘sishi hamda " +
                    "ikki tomon ma’lumotlari o‘rtasidagi farq bilan."},
            {"kzuz.trade.usage.description", "Sukut bo‘yicha to‘liq yil ko‘rsatkichlari chiqariladi; --partial to‘liq bo‘lmagan davrlar ko‘rsatkichlarini, " +
                    "--targets e’lon qilingan maqsadli ko‘rsatkichlarni qo‘shadi. --chart terminalda ustunli diagramma chizadi; " +
                    "--format svg yoki --chart-out FILE.svg|FILE.png esse uchun rasm yaratadi."},
            {"kzuz.trade.since", "Shu yildan boshlab."},
            {"kzuz.trade.until", "Shu yilgacha (shu yil ham kiradi)."},
            {"kzuz.trade.reporter", "kz, uz yoki all (sukut bo‘yicha: all, OAV ma’lumotlari ham kiradi)."},
            {"kzuz.trade.partial", "To‘liq bo‘lmagan davrlar ko‘rsatkichlarini ham qo‘shish (yanvar–sentabr, I chorak…)."},
            {"kzuz.trade.targets", "E’lon qilingan maqsadli ko‘rsatkichlarni ham qo‘shish (10\u00a0mlrd AQSH dollari va undan oldingilari)."},
            {"kzuz.trade.chart", "Jadval o‘rniga terminalda ustunli diagramma chizish."},
            {"kzuz.trade.chart-out", "Diagrammani FILE.svg yoki FILE.png fayliga yozish."},
            {"kzuz.trade.format", "table, md, json, csv yoki svg (diagramma) (sukut bo‘yicha: terminalda table, chiqish boshqa joyga yo‘naltirilsa md)."},

            {"kzuz.search.usage.header", "Yozuvlarni har qanday yozilishi bo‘yicha topadi: qozoqcha, ruscha, inglizcha yoki o‘zbekcha, kirill yoki " +
                    "lotin yozuvida, xato terilgan bo‘lsa ham."},
            {"kzuz.search.usage.description", "Identifikatorlar, nomlar, boshqa nomlar, joylar, tomonlar va qisqacha mazmun bo‘yicha " +
                    "qidiradi; eng mos natijalar birinchi bo‘lib, moslik topilgan maydon bilan birga chiqadi. So‘rovdagi yil o‘sha " +
                    "yilgi yozuvlarni oldinga chiqaradi."},
            {"kzuz.search.text", "Qidiriladigan matn (bir nechta so‘z bitta so‘rov hisoblanadi)."},
            {"kzuz.search.type", "Faqat shu turlar: treaty, event, institution, trade, source, claim (sukut bo‘yicha: barchasi)."},
            {"kzuz.search.limit", "Ko‘pi bilan N ta natija (sukut bo‘yicha: 10)."},

            {"kzuz.timeline.usage.header", "Sanasi bor barcha yozuvlar xronologik tartibda: shartnomalar, voqealar va tashkilotlar tarixidagi bosqichlar " +
                    "(tashkil etilish, a’zo bo‘lish, chiqish, a’zolikni to‘xtatib turish, tugatilish)."},
            {"kzuz.timeline.type", "Faqat shular: treaty, event, institution (bir necha marta yoki vergul bilan ajratib berish mumkin; sukut bo‘yicha: barchasi)."},

            {"kzuz.check.usage.header", "Qoralamadagi (Markdown yoki oddiy matn; qozoqcha, ruscha, inglizcha, o‘zbekcha) faktlarni bilim bazasi " +
                    "bo‘yicha tekshiradi."},
            {"kzuz.check.usage.description.0", "Manbasi bor yozuvga zid keladigan yoki bilim bazasi ma’lum xato deb hisoblaydigan da’voni " +
                    "takrorlaydigan har bir gap haqida xabar beradi:"},
            {"kzuz.check.usage.description.1", "FILE:LINE:COL: belgisidan keyin da’vo turi, matndagi qiymat, u solishtirilgan yozuv, bilim " +
                    "bazasidagi qiymat va eng ishonchli manba ko‘rsatiladi. Ziddiyat bo‘lsa, yakunlanish kodi — 5, aks holda 0."},
            {"kzuz.check.draft", "Tekshiriladigan qoralama (UTF-8 matn yoki Markdown) yoki standart kirishdan o‘qish uchun -."},
            {"kzuz.check.unconfirmed", "Hech bir ochiq manba tasdiqlamagan da’volarni ham ro‘yxatga kiritish."},
            {"kzuz.check.all", "Bilim bazasiga mos keladigan da’volarni ham (tasdiqlanmaganlarini ham) ro‘yxatga kiritish."},
            {"kzuz.check.format", "text (sukut bo‘yicha) yoki matn muharrirlari uchun json."},

            {"kzuz.cite.usage.header", "Har bir yozuv uchun Markdown gapini yozadi va uning manbalarini GOST, APA yoki Chikago uslubidagi " +
                    "sahifa osti izohlarida keltiradi."},
            {"kzuz.cite.usage.description.0", "Izoh belgilari — manbalarning identifikatorlari, shuning uchun bitta qoralamaga qo‘shilgan " +
                    "bir nechta natija bir-biriga mos keladi. --into qoralama oxiriga yozadi va unda yo‘q izohlarnigina qo‘shadi."},
            {"kzuz.cite.usage.description.1", "--pandoc “kzuz sources --format csl-json” uchun [@key] ko‘rinishidagi havolalar yozadi."},
            {"kzuz.cite.id", "Shartnomalar, voqealar, tashkilotlar, savdo ko‘rsatkichlari yoki esse da’volarining " +
                    "identifikatorlari."},
            {"kzuz.cite.pandoc", "Sahifa osti izohlari o‘rniga pandoc kalitlaridan ([@id]) foydalanish; adabiyotlar ro‘yxatini “kzuz sources” " +
                    "buyrug‘i bilan eksport qiling."},

            {"kzuz.sources.usage.header", "Adabiyotlar ro‘yxati: barcha manbalar yoki ko‘rsatilgan yozuvlarning manbalari, uslubga muvofiq " +
                    "rasmiylashtirilgan yoki pandoc, Zotero va LaTeX uchun eksport qilingan."},
            {"kzuz.sources.id", "Manbalarning yoki manbalari ro‘yxati chiqariladigan yozuvlarning identifikatorlari (sukut bo‘yicha: barcha " +
                    "manbalar)."},
            {"kzuz.sources.format", "md (rasmiylashtirilgan ro‘yxat), bibtex, csl-json, csl-yaml, ris (sukut bo‘yicha: md)."},
            {"kzuz.sources.style", "md uchun havolalarni rasmiylashtirish uslubi: gost, gost-author-date, apa, chicago (sukut bo‘yicha: til kk, ru " +
                    "yoki uz bo‘lsa gost, en bo‘lsa apa)."},

            {"kzuz.csl.usage.header", "Havolalarni rasmiylashtirish uslubini pandoc uchun CSL fayliga (--csl) yozadi; uning atamalari qozoq, " +
                    "rus, o‘zbek yoki ingliz tilida."},
            {"kzuz.csl.usage.description.0", "Faylga qozoqcha va o‘zbekcha atamalar qo‘shilgan: pandocning o‘zida ular yo‘q. Hujjat " +
                    "metama’lumotlarida lang berilmasa, fayl tilini --lang belgilaydi."},
            {"kzuz.csl.usage.description.1", "Adabiyotlar ro‘yxatini “kzuz sources --format csl-json” buyrug‘i bilan eksport qiling."},
            {"kzuz.csl.lang", "Hujjat metama’lumotlarida lang berilmaganda pandoc foydalanadigan uslub tili: en, kk, ru, uz (sukut bo‘yicha: " +
                    "$KZUZ_LANG, u berilmasa ~/.config/kzuz/config faylidagi lang, u ham bo‘lmasa tizimning til sozlamalaridagi til, " +
                    "aks holda en)."},
            {"kzuz.csl.out", "Uslubni standart chiqishga emas, FILE fayliga yozish (fayl yo butunlay almashtiriladi, yo avvalgi " +
                    "holicha qoladi)."},

            {"kzuz.shell.usage.header", "Interaktiv seans: o‘sha buyruqlar, Tab tugmasi bilan to‘ldirish va kiritilgan buyruqlar tarixi; " +
                    "bilim bazasi bir marta yuklanadi."},

            {"kzuz.cache.usage.header", "Ishga tushirish skripti siz uchun saqlaydigan ma’lumotlarni (dasturning har bir nusxasi uchun o‘rnatilgan arxivi va klass ma’lumotlari arxivlarini) hamda ularning hajmini ko‘rsatadi; --clean ularni o‘chiradi."},

            {"kzuz.cache.usage.description", "Yo‘q bo‘lib ketgan nusxa belgilanadi, uning jildi keyingi o‘rnatishda o‘chiriladi; --clean o‘chirgan hamma narsa kerak bo‘lganda qayta yaratiladi."},

            {"kzuz.cache.clean", "Ushbu buyruq ishga tushirilgan nusxadan boshqa saqlangan hamma narsani o‘chirish."},

            {"kzuz.validate.usage.header", "Bilim bazasini va unga qo‘shilgan --kb jildlarini barcha qoidalar bo‘yicha tekshiradi."},
            {"kzuz.validate.usage.description", "Har bir muammo standart chiqishga tavsifi bilan birga FILE:LINE:COL: ko‘rinishidagi satr sifatida " +
                    "yoziladi; muammo bo‘lsa, yakunlanish kodi — 4."},
            {"kzuz.validate.coverage", "Tekshiruvdan so‘ng yozuvlar sonini yozuv turlari bo‘yicha, manbalarni ularning turlari bo‘yicha, " +
                    "nomlarni tillar bo‘yicha, tekshiruv natijalarini va esse qanchalik qamrab olinganini ko‘rsatish."},

            {"kzuz.help.usage.header", "Ko‘rsatilgan buyruq haqida yordam beradi."},
            {"kzuz.help.usage.synopsisHeading", "%nFoydalanish: "},
            {"kzuz.help.usage.description.0", "%nCOMMAND berilmasa, asosiy buyruq bo‘yicha yordam ko‘rsatiladi."},
            {"kzuz.help.usage.description.1", "COMMAND berilsa, o‘sha buyruq bo‘yicha yordam ko‘rsatiladi.%n"},
            {"kzuz.help.command", "Yordami ko‘rsatiladigan buyruq (COMMAND)."},
            {"kzuz.help.help", "help buyrug‘i bo‘yicha yordamni ko‘rsatish va chiqish."},
        };
    }
}
