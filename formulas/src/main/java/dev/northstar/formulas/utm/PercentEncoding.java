package dev.northstar.formulas.utm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of query values: every byte of the UTF-8 form outside the unreserved
 * set {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX} (upper-case hex), so a space is {@code %20}
 * and a plus sign {@code %2B}.
 */
final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  static String encode(String value) {
    StringBuilder s = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        s.append((char) c);
      } else {
        s.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return s.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /**
   * Decodes a raw query value: {@code %XX} escapes as UTF-8 bytes, and {@code +} as a space (the
   * form encoding browsers and analytics tools apply to query strings).
   *
   * @throws IllegalArgumentException if an escape is not two hex digits or the bytes are not UTF-8
   */
  static String decode(String raw) {
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      if (ch == '%') {
        int hi = i + 1 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
        int lo = i + 2 < raw.length() ? hex(raw.charAt(i + 2)) : -1;
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException(
              "'%' must be followed by two hex digits (RFC 3986 percent-encoding)");
        }
        bytes.put((byte) (hi << 4 | lo));
        i += 2;
      } else if (ch == '+') {
        bytes.put((byte) ' ');
      } else if (ch < 0x80) {
        bytes.put((byte) ch);
      } else {
        throw new IllegalArgumentException(
            "non-ASCII character '" + ch + "' must be percent-encoded as UTF-8");
      }
    }
    bytes.flip();
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes);
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "the percent-encoded bytes are not UTF-8 (was the value encoded as Latin-1?)", e);
    }
  }

  /**
   * The value of an ASCII hex digit, or -1: not {@link Character#digit(char, int)}, which also
   * takes other scripts' digits (Arabic-Indic, full-width), which RFC 3986 does not allow.
   */
  static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
