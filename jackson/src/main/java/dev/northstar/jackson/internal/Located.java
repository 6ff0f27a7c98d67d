package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * A value read from a field, with the {@link Site} it was read at, to blame if the value is refused
 * once the whole object has been read.
 *
 * @param value the value
 * @param site where it was read
 * @param <T> the value's type
 */
public record Located<T>(T value, Site site) {

  /** Reads a value from the parser's current position. */
  @FunctionalInterface
  public interface Reader<T> {
    T read() throws IOException;
  }

  /** Reads the value of {@code field}, the parser being at its first token. */
  public static <T> Located<T> read(JsonParser p, String field, Reader<T> reader)
      throws IOException {
    Site site = Site.of(p, field);
    return new Located<>(reader.read(), site);
  }

  /** Reads an element of the array of {@code field}, the parser being at its first token. */
  static <T> Located<T> readElement(JsonParser p, String field, Reader<T> reader)
      throws IOException {
    Site site = Site.element(p, field);
    return new Located<>(reader.read(), site);
  }
}
