package dev.kzuz.cli;

/** The documented exit codes; listed in --help (their meanings are in the help bundles, {@link HelpText}) and the README. */
public enum ExitCode {
    OK(0),
    INTERNAL(1),
    USAGE(2),
    NOT_FOUND(3),
    INVALID_KB(4),
    CONTRADICTS(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
