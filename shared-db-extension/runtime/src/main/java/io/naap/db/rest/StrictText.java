package io.naap.db.rest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import io.naap.db.error.PlatformException;

/**
 * Text a client sends must be exactly what the database stores and a later read returns: valid UTF-8 (no overlong
 * forms, no encoded surrogates, nothing above U+10FFFF; Jackson and Vert.x would decode those leniently), and no
 * string PostgreSQL cannot store as sent (NUL) or the driver would rewrite (a lone surrogate becomes {@code ?}).
 */
public final class StrictText {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private StrictText() {
    }

    /** {@code bytes} as text, or {@code VALIDATION_ERROR} on {@code what} when they are not valid UTF-8. */
    public static String utf8(byte[] bytes, String what) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer text = decoder.decode(ByteBuffer.wrap(bytes));
            return text.toString();
        } catch (CharacterCodingException e) {
            throw PlatformException.invalidField(what, "is not valid UTF-8");
        }
    }

    /**
     * Checks a JSON document's names and string values (only escapes can smuggle NUL or a lone surrogate into valid
     * UTF-8, so a document without {@code \\u} is not parsed). {@code root} names the document in the error, e.g.
     * {@code body} or a query parameter; a nested field is named by its path ({@code where.name}). Malformed JSON is
     * left to the reader that parses it for real.
     */
    public static void checkJson(String json, String root) {
        if (json.indexOf("\\u") < 0) {
            return;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
                    String problem = problem(parser.getText());
                    if (problem != null) {
                        throw PlatformException.invalidField(fieldName(root, parser), problem);
                    }
                }
            }
        } catch (IOException malformed) {
            // The real parse reports it.
        }
    }

    /**
     * Checks the raw path or query string of a request line ({@code what} names it in the error): percent escapes
     * must be well formed and decode, with the raw bytes around them, to valid UTF-8 without NUL.
     */
    public static void checkUriComponent(String raw, String what) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        boolean plain = true;
        for (int i = 0; i < raw.length() && plain; i++) {
            char c = raw.charAt(i);
            plain = c != '%' && c < 0x80;
        }
        if (plain) {
            return;
        }
        // The request line reaches us as ISO-8859-1 characters, one per byte sent.
        byte[] bytes = new byte[raw.length()];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw PlatformException.invalidField(what, "has a malformed percent-encoding at position " + i);
                }
                bytes[length++] = (byte) (high * 16 + low);
                i += 2;
            } else {
                bytes[length++] = (byte) c;
            }
        }
        String text = utf8(java.util.Arrays.copyOf(bytes, length), what);
        if (text.indexOf(0) >= 0) {
            throw PlatformException.invalidField(what, "must not contain the NUL character");
        }
    }

    /** Why {@code text} cannot be stored exactly, or {@code null} when it can. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "must not contain the NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (\\u" + Integer.toHexString(c) + ")";
            }
        }
        return null;
    }

    /** {@code where.title}, {@code data[2].name}; a body's fields are named without the {@code body} prefix. */
    private static String fieldName(String root, JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                parts.push("[" + context.getCurrentIndex() + "]");
            } else if (context.getCurrentName() != null) {
                parts.push("." + context.getCurrentName());
            }
        }
        String path = String.join("", parts);
        if (root.equals("body")) {
            return path.isEmpty() ? root : path.startsWith(".") ? path.substring(1) : path;
        }
        return root + path;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
