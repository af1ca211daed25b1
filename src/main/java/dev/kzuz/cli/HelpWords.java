package dev.kzuz.cli;

import java.util.ListResourceBundle;

/**
 * kzuz's usage help in English: a picocli resource bundle (see picocli's "Internationalization"),
 * one key and its words a line. {@link HelpWords_kk} and {@link HelpWords_ru} hold the same keys
 * (HelpTextTest checks), and so must every language added.
 *
 * <p>Keys: "kzuz.COMMAND.usage.header" and the like are picocli's, for one command; an unqualified
 * key ("usage.exitCodeList", "lang") serves every command that has no key of its own. An option's
 * key is its name without the dashes ("chart-out"), a parameter's its label in lower case ("id").
 * picocli passes its texts through String.format: a percent sign is written %%, a line break %n.
 * The "man." and "shell." keys are kzuz's own, read as they are.
 *
 * <p>A class, not a .properties file: a class comes from the launcher's class-data archive, while
 * reading a file from the jar opens it and its index of five thousand entries, which made English
 * '--help' about a tenth slower.
 */
final class HelpWords extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"usage.synopsisHeading", "Usage: "},
            {"usage.parameterListHeading", ""},
            {"usage.optionListHeading", ""},
            {"usage.commandListHeading", "Commands:%n"},
            {"usage.exitCodeListHeading", "%nExit codes:%n"},
            {"usage.exitCodeList.0", "0:success"},
            {"usage.exitCodeList.1", "1:internal error (a bug: run again with --debug and report it)"},
            {"usage.exitCodeList.2", "2:usage error: unknown command or option, bad value"},
            {"usage.exitCodeList.3", "3:no record with that id"},
            {"usage.exitCodeList.4", "4:the knowledge base (bundled or --kb) is invalid"},
            {"usage.exitCodeList.5", "5:check: the draft contradicts the knowledge base"},

            // The words picocli's man page generator writes itself (build.GenerateDocs puts these in their place).
            {"man.manual", "Kzuz Manual"},
            {"man.name", "Name"},
            {"man.synopsis", "Synopsis"},
            {"man.description", "Description"},
            {"man.options", "Options"},
            {"man.arguments", "Arguments"},
            {"man.commands", "Commands"},

            // What 'help' adds in the shell (dev.kzuz.shell reads it): laid out by hand, \n between lines.
            {"shell.help", "In the shell:\n" +
                    "  set lang [LANG]  Show the language commands answer in and what chose it;\n" +
                    "                     with en, kk, ru or uz, set it for the commands that follow\n" +
                    "                     (a command's own --lang still wins).\n" +
                    "  exit             Leave the shell (or Ctrl-D)."},

            // Options of every command.
            {"help", "Show this help message and exit."},
            {"version", "Print version information and exit."},
            {"lang", "Language of titles and labels: en, kk, ru, uz (default: $KZUZ_LANG, else lang in ~/.config/kzuz/config, " +
                    "else the language of your locale, else en). A missing translation falls back to English, marked " +
                    "[en]."},
            {"kb", "A folder of your own records (.yaml or .yml files under treaties/, events/, institutions/, trade/, " +
                    "sources/, places/, claims/), read on top of the bundled ones. Repeatable."},
            {"debug", "Show stack traces of errors."},

            // Options of the commands that list or show records.
            {"format", "Output: table, md, json, csv (default: table on a terminal, md when piped)."},
            {"cite", "With Markdown output: cite the sources as footnotes, styled (see --style)."},
            {"style", "Citation style: gost, gost-author-date, apa, chicago (default: gost when the language is kk, ru or uz, apa for en)."},
            {"into", "Add the output to this Markdown draft (created if missing), citing its sources: each footnote defined once, or numbered when the draft keeps a reference list."},
            {"numbered", "Cite as Kazakh and Russian papers do: [1] in the text and one numbered reference list at the end, kept in order as the draft grows."},
            {"page", "A page of one source, as SOURCE=PAGE (repeatable): [3, p. 45] with --numbered, the page after the footnote's reference, [@id, 45] with --pandoc."},
            {"since", "Only records dated in or after YEAR (also YYYY-MM or YYYY-MM-DD)."},
            {"until", "Only records dated in or before YEAR (also YYYY-MM or YYYY-MM-DD)."},
            {"party", "Only records with this party (ISO 3166-1 alpha-2: KZ, UZ, KG…). Repeatable: all must be parties."},
            {"chart", "Draw the picture in the terminal, as text, instead of a table."},
            {"chart-out", "Also write the picture to FILE.svg or FILE.png."},
            {"size", "The picture's size: screen (900x500), slides (1280x720), a4 (640x420, an A4 page's text width) or WIDTHxHEIGHT (default: 900 wide; members and timeline as tall as their rows)."},
            {"kzuz.institutions.id", "Only these institutions (default: all)."},
            {"kzuz.institutions.party", "Only institutions where this country has or had a standing; the picture then draws only its lane (KZ or UZ)."},
            {"kzuz.institutions.format", "table, md, json, csv, or svg (the picture) (default: table on a terminal, md when piped)."},
            {"kzuz.timeline.format", "table, md, json, csv, or svg (the picture) (default: table on a terminal, md when piped)."},
            {"kind", "Only records of this kind (treaties: treaty, agreement, declaration, protocol, programme…; events: " +
                    "visit, summit, meeting, exercise…)."},

            {"kzuz.usage.description", "Kazakhstan–Uzbekistan relations: treaties, events, institutions, trade — sourced."},

            {"kzuz.treaties.usage.header", "List treaties and other signed instruments, in date order."},

            {"kzuz.treaty.usage.header", "Show one treaty in full: every field, claim and source."},
            {"kzuz.treaty.id", "The treaty's id (see 'kzuz treaties')."},

            {"kzuz.events.usage.header", "List dated events (visits, summits, exercises…), in date order."},

            {"kzuz.event.usage.header", "Show one event in full: every field, claim and source."},
            {"kzuz.event.id", "The event's id (see 'kzuz events')."},

            {"kzuz.institutions.usage.header", "List the institutions, with Kazakhstan's and Uzbekistan's latest standing in each."},

            {"kzuz.institution.usage.header", "Show one institution in full, with its membership history by country."},
            {"kzuz.institution.id", "The institution's id (see 'kzuz institutions')."},

            {"kzuz.claims.usage.header", "List the essay's factual claims with their verdicts: what to know before citing the essay."},
            {"kzuz.claims.verdict", "Only claims with this verdict: confirmed, conflict, unconfirmed."},

            {"kzuz.trade.usage.header", "Kazakhstan–Uzbekistan trade by year and reporter, with growth and the gap between the two sides' " +
                    "figures."},
            {"kzuz.trade.usage.description", "Full-year figures by default; --partial adds part-year ones, --targets the stated goals. --chart " +
                    "draws bars in the terminal; --format svg or --chart-out FILE.svg|FILE.png makes an image for an " +
                    "essay."},
            {"kzuz.trade.since", "From this year."},
            {"kzuz.trade.until", "Up to this year."},
            {"kzuz.trade.reporter", "kz, uz or all (default: all, media included)."},
            {"kzuz.trade.partial", "Also part-year figures (Jan–Sep, Q1…)."},
            {"kzuz.trade.targets", "Also the stated targets ($10 bn and earlier ones)."},
            {"kzuz.trade.chart", "A bar chart in the terminal instead of a table."},
            {"kzuz.trade.chart-out", "Write the chart to FILE.svg or FILE.png."},
            {"kzuz.trade.format", "table, md, json, csv, or svg (the chart) (default: table on a terminal, md when piped)."},

            {"kzuz.search.usage.header", "Find records by any spelling — Kazakh, Russian, English or Uzbek, Cyrillic or Latin, with typos."},
            {"kzuz.search.usage.description", "Searches ids, titles, other names, places, parties and summaries; best first, with the field that " +
                    "matched. A year in the query ranks that year's records first."},
            {"kzuz.search.text", "What to look for (several words are one query)."},
            {"kzuz.search.type", "Only these types: treaty, event, institution, trade, source, claim (default: all)."},
            {"kzuz.search.limit", "At most N results (default: 10)."},

            {"kzuz.timeline.usage.header", "Every dated item in order: treaties, events, and institution milestones (founded, joined, left, " +
                    "suspended, dissolved)."},
            {"kzuz.timeline.type", "Only these: treaty, event, institution (repeatable or comma-separated; default: all)."},

            {"kzuz.check.usage.header", "Fact-check a Markdown or plain-text draft (Kazakh, Russian, English, Uzbek) against the knowledge base."},
            {"kzuz.check.usage.description.0", "Reports each sentence that contradicts the sourced record, or repeats a claim the knowledge base " +
                    "keeps as a known error,"},
            {"kzuz.check.usage.description.1", "as FILE:LINE:COL: <claim> <value found> — <record> (<id>) — knowledge base: <value held>; source: " +
                    "<best source>. Exit 5 when anything contradicts, 0 otherwise."},
            {"kzuz.check.draft", "The draft to check (UTF-8 text or Markdown), or - for standard input."},
            {"kzuz.check.unconfirmed", "Also list the claims no public source confirms."},
            {"kzuz.check.all", "Also list the claims that agree with the knowledge base (and the unconfirmed ones)."},
            {"kzuz.check.format", "text (default) or json, for editors."},

            {"kzuz.cite.usage.header", "Write a Markdown sentence for each record, citing its sources as footnotes in GOST, APA or Chicago " +
                    "style."},
            {"kzuz.cite.usage.description.0", "Footnote labels are the source ids, so several outputs in one draft agree; --into appends to a draft"},
            {"kzuz.cite.usage.description.1", "and adds only the footnotes it lacks. --pandoc writes [@key] citations for 'kzuz sources --format " +
                    "csl-json'."},
            {"kzuz.cite.id", "Ids of treaties, events, institutions, trade figures or essay claims."},
            {"kzuz.cite.pandoc", "Cite with pandoc keys ([@id]) instead of footnotes; export the bibliography with 'kzuz sources'."},

            {"kzuz.sources.usage.header", "The bibliography: all sources, or those of the records named, styled or exported for pandoc, Zotero " +
                    "and LaTeX."},
            {"kzuz.sources.id", "Source ids, or ids of records whose sources to list (default: every source)."},
            {"kzuz.sources.format", "md (a styled list), bibtex, csl-json, csl-yaml, ris (default: md)."},
            {"kzuz.sources.style", "Citation style for md: gost, gost-author-date, apa, chicago (default: gost when the language is kk, ru or uz, apa for en)."},

            {"kzuz.csl.usage.header", "Write a citation style as a CSL file for pandoc (--csl), its terms in Kazakh, Russian, Uzbek or English."},
            {"kzuz.csl.usage.description.0", "The file carries Kazakh and Uzbek terms, which pandoc lacks, and is in the language of --lang unless " +
                    "pandoc's -M lang says otherwise."},
            {"kzuz.csl.usage.description.1", "Export the bibliography with 'kzuz sources --format csl-json'."},
            {"kzuz.csl.lang", "The style's language where pandoc's -M lang does not set one: en, kk, ru, uz (default: $KZUZ_LANG, else lang in " +
                    "~/.config/kzuz/config, else the language of your locale, else en)."},
            {"kzuz.csl.out", "Write the style to FILE instead of standard output (the file is replaced whole, or left as it was)."},

            {"kzuz.shell.usage.header", "An interactive session: the same commands, with tab completion and history, the knowledge base " +
                    "loaded once."},

            {"kzuz.cache.usage.header", "Show what bin/kzuz keeps for you (installed jars and class-data archives, per copy of kzuz) and its size; --clean removes it."},

            {"kzuz.cache.usage.description", "A copy that is gone is marked, and its folder is removed at the next install; what --clean removes is made again when needed."},

            {"kzuz.cache.clean", "Remove everything kept but the install this command runs from."},

            {"kzuz.validate.usage.header", "Check the knowledge base, and any --kb folders on top of it, against every rule."},
            {"kzuz.validate.usage.description", "Problems are listed as FILE:LINE:COL: message on stdout; exit 4 when there is any."},
            {"kzuz.validate.coverage", "After checking, report records by type, sources by kind, titles per language, verdicts, and how much " +
                    "of the essay is covered."},

            {"kzuz.help.usage.header", "Display help information about the specified command."},
            {"kzuz.help.usage.synopsisHeading", "%nUsage: "},
            {"kzuz.help.usage.description.0", "%nWhen no COMMAND is given, the usage help for the main command is displayed."},
            {"kzuz.help.usage.description.1", "If a COMMAND is specified, the help for that command is shown.%n"},
            {"kzuz.help.command", "The COMMAND to display the usage help message for."},
            {"kzuz.help.help", "Show usage help for the help command and exit."},
        };
    }
}
