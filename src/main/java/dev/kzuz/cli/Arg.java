package dev.kzuz.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * The value of one option or parameter: picocli sets it through this binding and the command
 * reads it with {@link #value()}. Declaring options in code instead of annotations keeps
 * reflection and annotation proxies (tens of milliseconds) off every start.
 */
final class Arg<T> implements IGetter, ISetter {
    private final T initial;
    private T value;

    Arg(T initial) {
        this.initial = initial;
        this.value = initial;
    }

    T value() {
        return value;
    }

    T initial() {
        return initial;
    }

    @Override
    @SuppressWarnings("unchecked") // IGetter.get() is generic in the caller's type; picocli asks for this option's own
    public <R> R get() {
        return (R) value;
    }

    @Override
    @SuppressWarnings("unchecked") // ISetter.set() is generic too; picocli sets only values of this option's type
    public <R> R set(R newValue) {
        R old = (R) value;
        value = (T) newValue;
        return old;
    }
}
