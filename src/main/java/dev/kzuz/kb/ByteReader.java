package dev.kzuz.kb;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads what a {@link java.io.DataOutputStream} wrote, from an array: the same format as a
 * DataInputStream over a ByteArrayInputStream, without a synchronised call per byte. Records are
 * decoded at start-up, in interpreted code, where those calls were most of the cost.
 */
final class ByteReader {
    private final byte[] bytes;
    private int at;
    private final int end;

    ByteReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.at = offset;
        this.end = offset + length;
    }

    ByteReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** Bytes not read yet. */
    int available() {
        return end - at;
    }

    private void need(int n) throws EOFException {
        if (n < 0 || end - at < n) {
            throw new EOFException();
        }
    }

    byte readByte() throws IOException {
        need(1);
        return bytes[at++];
    }

    boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    short readShort() throws IOException {
        need(2);
        int v = (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
        at += 2;
        return (short) v;
    }

    int readInt() throws IOException {
        need(4);
        int v = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
        at += 4;
        return v;
    }

    void skip(int n) throws IOException {
        need(n);
        at += n;
    }

    /** The bytes read from, for texts decoded later ({@link dev.kzuz.model.LocalizedText#compiled}). */
    byte[] array() {
        return bytes;
    }

    /** Where the next byte is read. */
    int position() {
        return at;
    }

    /** {@code n} bytes of UTF-8. */
    String utf8(int n) throws IOException {
        need(n);
        String s = new String(bytes, at, n, StandardCharsets.UTF_8);
        at += n;
        return s;
    }

    /** What {@link java.io.DataOutputStream#writeUTF} wrote: plain ASCII directly, the rest as DataInputStream reads it. */
    String readUTF() throws IOException {
        need(2);
        int n = (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
        need(2 + n);
        boolean ascii = true;
        for (int k = at + 2; k < at + 2 + n && ascii; k++) {
            ascii = bytes[k] > 0;
        }
        String s = ascii ? new String(bytes, at + 2, n, StandardCharsets.ISO_8859_1)
                : new DataInputStream(new ByteArrayInputStream(bytes, at, 2 + n)).readUTF();
        at += 2 + n;
        return s;
    }
}
