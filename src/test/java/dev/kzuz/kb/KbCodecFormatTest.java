package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.RecordClasses;
import dev.kzuz.model.RecordType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The compiled knowledge base's format mark is derived from the records, not bumped by hand:
 * {@link KbCodec#SHAPE} must be the fingerprint of the record classes as the codec writes them,
 * so a changed field changes the mark and an old bundle or cached overlay file is refused.
 */
class KbCodecFormatTest {

    @Test
    void theFormatMarkIsTheFingerprintOfTheRecords() throws Exception {
        String shape = shape(RecordClasses.all());
        String fingerprint = fingerprint(shape);
        assertThat(KbCodec.SHAPE)
                .as("the records changed shape: set KbCodec.SHAPE to \"%s\" (the format marks follow). The shape:%n%s", fingerprint, shape)
                .isEqualTo(fingerprint);
    }

    /** Records as a test can vary them: before and after a field is added, and with two fields swapped. */
    static final class Before {
        record Treaty(String id, List<String> parties) {
        }
    }

    static final class Added {
        record Treaty(String id, List<String> parties, String place) {
        }
    }

    static final class Swapped {
        record Treaty(List<String> parties, String id) {
        }
    }

    @Test
    void aFieldAddedOrMovedChangesTheFingerprint() throws Exception {
        String before = fingerprint(shape(List.of(Before.Treaty.class)));
        assertThat(fingerprint(shape(List.of(Added.Treaty.class)))).isNotEqualTo(before);
        assertThat(fingerprint(shape(List.of(Swapped.Treaty.class)))).isNotEqualTo(before);
        assertThat(fingerprint(shape(List.of(Before.Treaty.class)))).isEqualTo(before);
    }

    @Test
    void aBundleOfAnotherShapeIsRefused() throws Exception {
        byte[] bundle = KbCodec.encode(KnowledgeBase.of(List.of()), java.util.Map.of());
        byte[] other = bundle.clone();
        // The mark is written first (a two-byte length, then "KZUZKB-" and the shape).
        other[2 + "KZUZKB-".length()] ^= 1;
        KbCodec.decode(new java.io.ByteArrayInputStream(bundle));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KbCodec.decode(new java.io.ByteArrayInputStream(other)))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("rebuild the jar");
    }

    private static String fingerprint(String shape) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(shape.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 4);
    }

    /** Each record class with its components (name and type) in order, each enum with its constants in order. */
    static String shape(List<Class<?>> roots) {
        StringBuilder b = new StringBuilder("record types " + Arrays.toString(RecordType.values()) + "\n");
        Set<Class<?>> done = new LinkedHashSet<>();
        for (Class<?> c : roots) {
            describe(c, b, done);
        }
        return b.toString();
    }

    private static void describe(Class<?> c, StringBuilder b, Set<Class<?>> done) {
        if (!done.add(c)) {
            return;
        }
        if (c.isEnum()) {
            b.append(c.getSimpleName()).append(' ').append(Arrays.toString(c.getEnumConstants())).append('\n');
        } else if (c.isRecord()) {
            b.append(c.getSimpleName()).append('(');
            for (RecordComponent rc : c.getRecordComponents()) {
                b.append(rc.getName()).append(": ").append(rc.getGenericType().getTypeName().replaceAll("[\\w.]+\\.", "")).append(", ");
            }
            b.append(")\n");
            for (RecordComponent rc : c.getRecordComponents()) {
                describeType(rc.getGenericType(), b, done);
            }
        } else if (c == LocalizedText.class) {
            b.append("LocalizedText: texts by Lang\n");
            describe(Lang.class, b, done);
        } else {
            throw new AssertionError(c + " is neither a record nor an enum: say here how KbCodec writes it");
        }
    }

    private static void describeType(Type t, StringBuilder b, Set<Class<?>> done) {
        if (t instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                describeType(arg, b, done);
            }
        } else if (t instanceof Class<?> c && c.getPackageName().equals("dev.kzuz.model")) {
            describe(c, b, done);
        }
    }
}
