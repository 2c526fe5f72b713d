package org.summitoutcomes.model;

/** Article metadata (contract section 3); every field may be null. */
public record Metadata(String title, String published, String source, String dateline, String url) implements java.io.Serializable {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null);

    /** Fields of {@code override} that are set replace this record's. */
    public Metadata overriddenBy(Metadata override) {
        return new Metadata(
                pick(override.title, title), pick(override.published, published), pick(override.source, source),
                pick(override.dateline, dateline), pick(override.url, url));
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    public Metadata withTitle(String t) { return new Metadata(t, published, source, dateline, url); }
    public Metadata withPublished(String p) { return new Metadata(title, p, source, dateline, url); }
    public Metadata withSource(String s) { return new Metadata(title, published, s, dateline, url); }
    public Metadata withDateline(String d) { return new Metadata(title, published, source, d, url); }
}
