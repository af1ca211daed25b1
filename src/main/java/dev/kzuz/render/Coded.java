package dev.kzuz.render;

/** A cell that people read in their language and programs read as a code: a kind, a verdict, a reporter. */
public record Coded(String code, String label) {
}
