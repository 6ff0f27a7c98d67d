package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a value from a JSON string of its canonical text with the core type's factory, such as
 * {@code Quarter::parse}; the factory's refusal becomes a located error carrying its message.
 *
 * @param <T> the type read
 */
final class TextFormDeserializer<T> extends StrictDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** Longer texts are refused before the factory sees them, to keep messages short. */
  private static final int MAX_LENGTH = 1_000;

  private final String expected;

  @SuppressWarnings("serial") // method references are not serialized in practice
  private final Function<String, T> parse;

  /**
   * Creates the deserializer.
   *
   * @param type the type read
   * @param expected what the text is, for messages, such as "a quarter such as 2026-Q3"
   * @param parse the core factory
   */
  TextFormDeserializer(Class<T> type, String expected, Function<String, T> parse) {
    super(type);
    this.expected = expected;
    this.parse = parse;
  }

  /** Returns a deserializer of map keys of this type, from the same canonical text. */
  KeyDeserializer keyDeserializer() {
    return new TextFormKeyDeserializer(type(), parse);
  }

  @Override
  protected T read(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = Reads.text(p, type(), expected);
    if (text.length() > MAX_LENGTH) {
      throw ReadErrors.invalid(
          p, type(), text, "expected " + expected + " of at most " + MAX_LENGTH + " characters");
    }
    return ReadErrors.attempt(p, type(), text, () -> parse.apply(text));
  }
}
