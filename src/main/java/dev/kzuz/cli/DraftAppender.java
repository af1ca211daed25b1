package dev.kzuz.cli;

import dev.kzuz.io.AtomicFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.render.DraftText;
import dev.kzuz.render.Text;

/**
 * Writes a command's Markdown into a draft (--into): footnotes each defined once, or numbers
 * and one reference list when the draft keeps one or --numbered asks for it.
 */
final class DraftAppender {
    private DraftAppender() {
    }

    /**
     * The largest draft --into reads. A long thesis is a few MiB of Markdown; past this it is not a
     * draft, and the whole file is held in memory (twice, as bytes and as text) while kzuz adds to it.
     */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /** Refuses what is no draft before anything is written: a folder, a device, a pipe, a file over {@link #MAX_BYTES}. */
    static void check(Path file) {
        OutputFile.check("--into", file);
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(file);
            }
        } catch (IOException e) {
            // Unreadable: append reports it.
        }
    }

    /**
     * Adds {@code markdown} to {@code file} (created if missing) in its own line endings. The draft
     * is locked from reading to writing, so two runs at once each see the other's footnotes, and
     * replaced whole, so a failed write leaves it as it was.
     */
    static DraftText.Result append(Path file, String markdown, boolean numbered, Lang lang) {
        try (AtomicFile.Locked draft = AtomicFile.lock(file)) {
            byte[] bytes = draft.read(MAX_BYTES);
            if (bytes == null) {
                throw tooLarge(file);
            }
            String existing = text(file, bytes);
            DraftText.Addition addition = DraftText.Addition.of(markdown);
            DraftText.Result result = numbered || DraftText.isNumbered(existing)
                    ? DraftText.numbered(existing, addition, lang) : DraftText.withFootnotes(existing, addition, lang);
            byte[] out = result.text().getBytes(StandardCharsets.UTF_8);
            draft.replace(o -> o.write(out));
            return result;
        } catch (IOException e) {
            throw OutputFile.cannotWrite("--into", file, e);
        }
    }

    /**
     * Where a command's Markdown goes: printed (numbered on the spot with --numbered), or added to
     * the --into draft with a line on what was added.
     */
    static void write(String markdown, Path into, boolean numbered, Lang lang, PrintWriter out) {
        if (into == null) {
            out.print(numbered ? DraftText.numbered("", DraftText.Addition.of(markdown), lang).text() : markdown);
            return;
        }
        DraftText.Result r = append(into, markdown, numbered, lang);
        Catalogue words = Catalogue.of(lang);
        out.println(r.numbered()
                ? words.fill("cite.appended.numbered", "paragraphs", String.valueOf(r.blocks()), "refs", String.valueOf(r.references()),
                        "file", Text.oneLine(into.toString()))
                : words.fill("cite.appended", "paragraphs", String.valueOf(r.blocks()), "footnotes", String.valueOf(r.references()),
                        "file", Text.oneLine(into.toString())));
    }

    private static KzuzException tooLarge(Path file) {
        return new KzuzException(ExitCode.USAGE, "--into: " + file + " is larger than " + MAX_BYTES / (1024 * 1024)
                + " MiB; name a Markdown draft, not a library");
    }

    /** The draft as text; the bytes are written back as they are, so this only checks and reads them. */
    private static String text(Path file, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new KzuzException(ExitCode.USAGE, "--into: " + file + " looks like a binary file, not a Markdown draft; it was left unchanged");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new KzuzException(ExitCode.USAGE, "--into: " + file + " is not UTF-8 text; it was left unchanged (save it as UTF-8 and try again)");
        }
    }
}
