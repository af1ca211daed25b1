package dev.kzuz.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The description covers every record exactly: each record component is one field, in the
 * constructor's order, with a kind that fits the component's Java type. A component added to a
 * record and not described fails here, before any reader or writer can miss it.
 */
class SchemaTest {

    /** Every part of the description, each once: the record types' and the parts they hold. */
    private static List<Schema.Part> allParts() {
        List<Schema.Part> out = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            collect(Schema.of(t), out);
        }
        return out;
    }

    private static void collect(Schema.Part part, List<Schema.Part> out) {
        if (out.contains(part)) {
            return;
        }
        out.add(part);
        for (Schema.Field f : part.fields()) {
            if (f.part() != null) {
                collect(f.part(), out);
            }
        }
    }

    @Test
    void everyRecordComponentIsDescribedOnceInConstructorOrder() {
        for (Schema.Part part : allParts()) {
            List<String> components = new ArrayList<>();
            for (RecordComponent c : part.type().getRecordComponents()) {
                components.add(c.getName());
            }
            List<String> described = new ArrayList<>();
            for (Schema.Field f : part.fields()) {
                described.add(f.component());
            }
            assertThat(described).as("the fields of %s, in the order of its components", part.type().getSimpleName())
                    .isEqualTo(components);
        }
    }

    @Test
    void everyRecordClassHasItsDescription() {
        Set<Class<?>> described = new HashSet<>();
        for (RecordType t : RecordType.values()) {
            described.add(Schema.of(t).type());
        }
        assertThat(described).containsExactlyInAnyOrderElementsOf(RecordClasses.all());
    }

    @Test
    void eachKindFitsItsComponentsType() {
        for (Schema.Part part : allParts()) {
            for (RecordComponent c : part.type().getRecordComponents()) {
                Schema.Field f = field(part, c.getName());
                Class<?> type = c.getType();
                if (f.many()) {
                    assertThat(type).as(where(part, f) + " is a list").isEqualTo(List.class);
                    type = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                } else {
                    assertThat(type).as(where(part, f) + " is not a list").isNotEqualTo(List.class);
                }
                assertThat(type).as(where(part, f) + " holds a " + f.kind()).isEqualTo(javaType(f, type));
                if (f.kind() == Schema.Kind.PART || f.kind() == Schema.Kind.INLINE) {
                    assertThat(f.part()).as(where(part, f)).isNotNull();
                    assertThat(f.part().type()).as(where(part, f)).isEqualTo(type);
                } else {
                    assertThat(f.part()).as(where(part, f)).isNull();
                }
                assertThat(f.words() != null).as(where(part, f) + " has words exactly when it is a WORD")
                        .isEqualTo(f.kind() == Schema.Kind.WORD);
                if (f.refers() != null) {
                    assertThat(f.kind()).as(where(part, f)).isIn(Schema.Kind.REF, Schema.Kind.REF_BY_LANGUAGE);
                }
            }
        }
    }

    /** The Java type a kind is held in ({@code actual} where the kind allows several, e.g. any enum). */
    private static Class<?> javaType(Schema.Field f, Class<?> actual) {
        return switch (f.kind()) {
            case TYPE -> RecordType.class;
            case ID, TEXT, WORD, ESSAY_CODE, LINES, CURRENCY, URL, LANGUAGE, COUNTRY, REF -> String.class;
            case ENUM -> actual.isEnum() ? actual : Enum.class;
            case LOCALIZED, PROSE, REF_BY_LANGUAGE -> LocalizedText.class;
            case DATE -> PartialDate.class;
            case DATE_RANGE -> DateRange.class;
            case DECIMAL -> BigDecimal.class;
            case WHOLE -> Integer.class;
            case FLAG -> boolean.class;
            case PART, INLINE -> actual.isRecord() ? actual : Record.class;
        };
    }

    @Test
    void keysAreUniqueInEachMappingWithTheProvenanceKeysInline() {
        for (RecordType t : RecordType.values()) {
            checkKeys(Schema.of(t));
        }
    }

    private static void checkKeys(Schema.Part part) {
        List<String> keys = new ArrayList<>();
        addKeys(part, keys);
        assertThat(keys).as("the keys of a %s mapping", part.type().getSimpleName()).doesNotHaveDuplicates();
        for (Schema.Field f : part.fields()) {
            if (f.kind() == Schema.Kind.PART) {
                checkKeys(f.part());
            }
        }
    }

    private static void addKeys(Schema.Part part, List<String> keys) {
        for (Schema.Field f : part.fields()) {
            if (f.kind() == Schema.Kind.INLINE) {
                assertThat(f.key()).isNull();
                addKeys(f.part(), keys);
            } else {
                assertThat(f.key()).as(where(part, f)).matches("[a-z_]+");
                keys.add(f.key());
            }
        }
    }

    @Test
    void aFieldTheDetailViewLeavesOutSaysWhy() {
        for (Schema.Part part : allParts()) {
            for (Schema.Field f : part.fields()) {
                if (!f.shown()) {
                    assertThat(f.hidden()).as(where(part, f)).isNotBlank();
                }
            }
        }
    }

    private static Schema.Field field(Schema.Part part, String component) {
        for (Schema.Field f : part.fields()) {
            if (component.equals(f.component())) {
                return f;
            }
        }
        throw new AssertionError(part.type().getSimpleName() + "." + component + " is not described in Schema");
    }

    private static String where(Schema.Part part, Schema.Field f) {
        return part.type().getSimpleName() + "." + f.component();
    }
}
