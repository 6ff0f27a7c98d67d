package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value as a JSON string of its canonical text, such as "2026-Q3".
 *
 * @param <T> the type written
 */
final class TextFormSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // method references are not serialized in practice
  private final Function<T, String> format;

  TextFormSerializer(Class<T> type, Function<T, String> format) {
    super(type);
    this.format = format;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(format.apply(value));
  }
}
