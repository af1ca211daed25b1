package dev.kzuz.model;

import java.util.ArrayList;
import java.util.List;

/** Every record class of the sealed hierarchy under KbRecord, in permits order, through sealed sub-interfaces (Sourced). */
public final class RecordClasses {
    private RecordClasses() {
    }

    public static List<Class<?>> all() {
        List<Class<?>> out = new ArrayList<>();
        add(KbRecord.class, out);
        return out;
    }

    private static void add(Class<?> type, List<Class<?>> out) {
        for (Class<?> c : type.getPermittedSubclasses()) {
            if (c.isInterface()) {
                add(c, out);
            } else {
                out.add(c);
            }
        }
    }
}
