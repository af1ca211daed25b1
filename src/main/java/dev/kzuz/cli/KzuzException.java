package dev.kzuz.cli;

/** A failure the user can act on: one message line and the exit code it means. */
public final class KzuzException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    public KzuzException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
