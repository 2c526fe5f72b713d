package org.summitoutcomes.consolidate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Outcome ids: {@code O} + the first 12 hex digits of the SHA-256 of a canonical key (UTF-8). */
public final class OutcomeId {
    private OutcomeId() {}

    public static String of(String canonicalKey) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(canonicalKey.getBytes(StandardCharsets.UTF_8));
            return "O" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
