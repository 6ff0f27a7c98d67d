package dev.northstar.formulas.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The primitives of a partial aggregate's byte form ({@link PartialCodec}): a text is an {@code
 * int} byte length and that many UTF-8 bytes, at most 1 MiB; a count is a non-negative {@code int}.
 * Malformed input is an {@link IOException} saying what is wrong.
 */
final class ByteFormIo {

  private static final int MAX_TEXT = 1 << 20;

  private ByteFormIo() {}

  static List<String> readTexts(DataInputStream d, String what) throws IOException {
    int n = count(d, what);
    List<String> texts = new ArrayList<>(Math.min(n, 1024));
    for (int i = 0; i < n; i++) {
      texts.add(readText(d));
    }
    return texts;
  }

  static int count(DataInputStream d, String what) throws IOException {
    int n = d.readInt();
    if (n < 0) {
      throw new IOException("malformed PartialAggregate: negative " + what + " " + n);
    }
    return n;
  }

  static void writeText(String text, DataOutputStream d) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    d.writeInt(bytes.length);
    d.write(bytes);
  }

  static String readText(DataInputStream d) throws IOException {
    int n = d.readInt();
    if (n < 0 || n > MAX_TEXT) {
      throw new IOException(
          "malformed PartialAggregate: text length " + n + ", allowed 0 to " + MAX_TEXT);
    }
    byte[] bytes = d.readNBytes(n);
    if (bytes.length != n) {
      throw new EOFException(
          "truncated PartialAggregate: expected " + n + " bytes of text, got " + bytes.length);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
