package dev.kzuz.model;

/** When, where and by which document an institution was founded; any part may be unknown (null). */
public record Founding(PartialDate date, String place, LocalizedText document, String treaty) {
    public Founding {
        document = document == null ? LocalizedText.empty() : document;
    }
}
