package org.dyad.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void utf8WithoutMarkIsTheDefault() throws UnreadableInputException {
        assertThat(TextDecoder.decode("Addis Abäbä".getBytes(StandardCharsets.UTF_8), "a.txt")).isEqualTo("Addis Abäbä");
    }

    @Test
    void utf32WithMarkIsDecoded() throws UnreadableInputException {
        byte[] body = "Kigali".getBytes(Charset.forName("UTF-32LE"));
        byte[] bytes = new byte[body.length + 4];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 4, body.length);
        assertThat(TextDecoder.decode(bytes, "a.txt")).isEqualTo("Kigali");
    }

    @Test
    void truncatedCharacterAtTheEndIsReported() {
        byte[] bytes = {'o', 'k', '\n', (byte) 0xC3};
        assertThatThrownBy(() -> TextDecoder.decode(bytes, "a.txt"))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.origin()).isEqualTo("a.txt:2");
                    assertThat(e.getMessage()).startsWith("not valid UTF-8: byte 0xC3 at byte offset 3");
                });
    }

    @Test
    void utf16WithNulCharacterIsBinary() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0, 0, 'b', 0};
        assertThatThrownBy(() -> TextDecoder.decode(bytes, "a.txt"))
                .hasMessageStartingWith("binary file (a NUL character at char 1)");
    }
}
