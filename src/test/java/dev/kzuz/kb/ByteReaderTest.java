package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** ByteReader reads back exactly what DataOutputStream wrote. */
class ByteReaderTest {
    private static final String[] TEXTS = {"", "cadb", "Ташкент", "Qozog‘iston – ʻ", "a\u0000b", "emoji 😀", "x".repeat(300)};

    @Test
    void readsWhatADataOutputStreamWrote() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        int[] ints = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x01020304, 0x80ff7f00};
        for (int v : ints) {
            out.writeInt(v);
        }
        for (int v : new int[] {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE, 1998}) {
            out.writeShort(v);
        }
        out.writeByte(-3);
        out.writeBoolean(true);
        out.writeBoolean(false);
        for (String t : TEXTS) {
            out.writeUTF(t);
            byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.flush();

        ByteReader in = new ByteReader(bytes.toByteArray());
        for (int v : ints) {
            assertThat(in.readInt()).isEqualTo(v);
        }
        for (int v : new int[] {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE, 1998}) {
            assertThat(in.readShort()).isEqualTo((short) v);
        }
        assertThat(in.readByte()).isEqualTo((byte) -3);
        assertThat(in.readBoolean()).isTrue();
        assertThat(in.readBoolean()).isFalse();
        for (String t : TEXTS) {
            assertThat(in.readUTF()).isEqualTo(t);
            assertThat(in.utf8(in.readInt())).isEqualTo(t);
        }
        assertThat(in.available()).isZero();
        assertThatThrownBy(in::readByte).isInstanceOf(EOFException.class);
    }

    @Test
    void aTruncatedValueIsAnEndOfFile() {
        assertThatThrownBy(() -> new ByteReader(new byte[] {0, 0, 1}).readInt()).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> new ByteReader(new byte[] {0, 5, 'a'}).readUTF()).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> new ByteReader(new byte[] {1, 2, 3, 4, 5}, 2, 2).readInt()).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> new ByteReader(new byte[] {1}).utf8(-1)).isInstanceOf(EOFException.class);
    }
}
