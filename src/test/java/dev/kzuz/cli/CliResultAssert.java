package dev.kzuz.cli;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/** Fluent checks of a {@link CliResult}: {@code assertThat(result).succeeded().outContains("…")}. */
public final class CliResultAssert extends AbstractAssert<CliResultAssert, CliResult> {

    private CliResultAssert(CliResult actual) {
        super(actual, CliResultAssert.class);
    }

    public static CliResultAssert assertThat(CliResult actual) {
        return new CliResultAssert(actual);
    }

    public CliResultAssert exitCode(int expected) {
        isNotNull();
        if (actual.exitCode() != expected) {
            failWithMessage("expected exit code %d but was %d%nstdout:%n%s%nstderr:%n%s", expected, actual.exitCode(),
                    actual.out(), actual.err());
        }
        return this;
    }

    public CliResultAssert succeeded() {
        exitCode(0);
        Assertions.assertThat(actual.err()).as("stderr").isEmpty();
        return this;
    }

    /** Failed with this code, one line on stderr starting "kzuz: ", nothing on stdout, no stack trace. */
    public CliResultAssert failedWith(int code) {
        exitCode(code);
        Assertions.assertThat(actual.out()).as("stdout").isEmpty();
        Assertions.assertThat(actual.err()).as("stderr").startsWith("kzuz: ").doesNotContain("\tat ", "Exception");
        Assertions.assertThat(actual.err().strip().lines().count()).as("stderr lines").isEqualTo(1);
        return this;
    }

    public CliResultAssert outContains(CharSequence... values) {
        Assertions.assertThat(actual.out()).as("stdout").contains(values);
        return this;
    }

    public CliResultAssert outDoesNotContain(CharSequence... values) {
        Assertions.assertThat(actual.out()).as("stdout").doesNotContain(values);
        return this;
    }

    public CliResultAssert errContains(CharSequence... values) {
        Assertions.assertThat(actual.err()).as("stderr").contains(values);
        return this;
    }

    public CliResultAssert errDoesNotContain(CharSequence... values) {
        Assertions.assertThat(actual.err()).as("stderr").doesNotContain(values);
        return this;
    }
}
