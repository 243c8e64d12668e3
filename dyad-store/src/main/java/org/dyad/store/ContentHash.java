package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.dyad.document.Article;

/**
 * Content hashes that identify stored rows, so that storing the same input twice adds nothing.
 *
 * <p>An article's id is the first 16 hex digits of SHA-256 over its normalised text (Unicode NFC, runs of
 * whitespace made one space, trimmed) and its source metadata (source, URL, document date, headline, dateline),
 * each field followed by a NUL separator. The input's own id and where it was read are left out: the same story
 * read from two files is one article, and the same text from two outlets is two (they are then near-duplicates).
 */
public final class ContentHash {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final HexFormat HEX = HexFormat.of();

    private ContentHash() {
    }

    /** The article id: 16 lowercase hex digits. */
    public static String articleId(Article article) {
        return hex16(normalise(article.text()),
                article.source().orElse(""),
                article.url().orElse(""),
                article.date().map(Object::toString).orElse(""),
                article.headline().map(ContentHash::normalise).orElse(""),
                article.dateline().map(ContentHash::normalise).orElse(""));
    }

    /** Text with NFC normalisation and whitespace runs made one space, trimmed. */
    static String normalise(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    /** First 16 hex digits of SHA-256 over the parts, each followed by a NUL. */
    public static String hex16(String... parts) {
        return HEX.formatHex(sha256(parts), 0, 8);
    }

    /** A non-negative 60-bit integer from SHA-256 over the parts (the first 15 hex digits). */
    public static long number60(String... parts) {
        byte[] digest = sha256(parts);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xFF);
        }
        return value >>> 4;
    }

    private static byte[] sha256(String... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return digest.digest();
    }
}
