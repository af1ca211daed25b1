package dev.kzuz.cli;

/** The documented exit codes; listed in --help and the README. */
public enum ExitCode {
    OK(0, "success"),
    INTERNAL(1, "internal error (a bug: run again with --debug and report it)"),
    USAGE(2, "usage error: unknown command or option, bad value"),
    NOT_FOUND(3, "no record with that id"),
    INVALID_KB(4, "the knowledge base (bundled or --kb) is invalid"),
    CONTRADICTS(5, "check: the draft contradicts the knowledge base");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
