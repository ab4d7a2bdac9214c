package io.naap.db.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;

class StrictTextTest {

    @Test
    void validUtf8IsDecodedAsSent() {
        String text = "caf\u00e9 \uD83D\uDE00 \u4e2d";
        assertThat(StrictText.utf8(text.getBytes(StandardCharsets.UTF_8), "body")).isEqualTo(text);
    }

    @Test
    void overlongFormsEncodedSurrogatesAndCodePointsAboveTheMaximumAreRefused() {
        List<byte[]> invalid = List.of(bytes(0xc0, 0xaf), bytes(0xe0, 0x80, 0xaf), bytes(0xed, 0xa0, 0x80),
                bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xff), bytes(0x61, 0xc3));
        for (byte[] sequence : invalid) {
            PlatformException e = catchThrowableOfType(PlatformException.class,
                    () -> StrictText.utf8(sequence, "body"));
            assertThat(e).as("%s", java.util.Arrays.toString(sequence)).isNotNull();
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.getMessage()).isEqualTo("Invalid value for field body: is not valid UTF-8");
        }
    }

    @Test
    void jsonStringsWithNulOrALoneSurrogateAreRefusedNamingTheField() {
        assertThat(fieldOf("{\"name\":\"x\\ud800y\"}", "body")).isEqualTo("name");
        assertThat(fieldOf("{\"data\":[{\"a\":1},{\"title\":\"\\u0000\"}]}", "body")).isEqualTo("data[1].title");
        assertThat(fieldOf("{\"name\":{\"contains\":\"\\udc00\"}}", "where")).isEqualTo("where.name.contains");
        assertThat(fieldOf("{\"bad\\u0000key\":1}", "body")).isEqualTo("bad\u0000key");
        assertThat(fieldOf("\"\\ud800\"", "body")).isEqualTo("body");
    }

    @Test
    void pairedSurrogatesAndPlainTextPass() {
        assertThatCode(() -> StrictText.checkJson("{\"name\":\"\\ud83d\\ude00 \\u00e9\"}", "body"))
                .doesNotThrowAnyException();
        assertThatCode(() -> StrictText.checkJson("{\"name\": \"no escapes\"}", "body")).doesNotThrowAnyException();
        assertThatCode(() -> StrictText.checkJson("{not json \\u", "body")).doesNotThrowAnyException();
    }

    @Test
    void uriComponentsMustBeWellFormedUtf8WithoutNul() {
        assertThatCode(() -> StrictText.checkUriComponent("where=%7B%22name%22%3A%22caf%C3%A9%22%7D", "query"))
                .doesNotThrowAnyException();
        Map<String, String> invalid = Map.of("a=%C0%AF", "is not valid UTF-8", "a=%zz", "has a malformed",
                "a=%4", "has a malformed", "a=%00", "must not contain the NUL character",
                "a=%ED%A0%80", "is not valid UTF-8");
        invalid.forEach((raw, reason) -> {
            PlatformException e = catchThrowableOfType(PlatformException.class,
                    () -> StrictText.checkUriComponent(raw, "query"));
            assertThat(e).as(raw).isNotNull();
            assertThat(e.getMessage()).as(raw).startsWith("Invalid value for field query: " + reason);
        });
    }

    private static String fieldOf(String json, String root) {
        PlatformException e = catchThrowableOfType(PlatformException.class, () -> StrictText.checkJson(json, root));
        assertThat(e).as(json).isNotNull();
        @SuppressWarnings("unchecked")
        List<PlatformException.FieldError> fields = (List<PlatformException.FieldError>) ((Map<String, Object>) e
                .details()).get("fields");
        return fields.get(0).field();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
