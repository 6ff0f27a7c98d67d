package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.util.LinkedHashMap;

/**
 * Reads an enum constant from exactly its lower snake case name; any other text, another case
 * included, is an error listing the allowed names.
 *
 * @param <E> the enum type
 */
final class SnakeCaseEnumDeserializer<E extends Enum<E>> extends StrictDeserializer<E> {

  private static final long serialVersionUID = 1L;

  private final String expected;
  private final LinkedHashMap<String, E> byName = new LinkedHashMap<>();

  /**
   * Creates the deserializer.
   *
   * @param type the enum type
   * @param what what a constant is, for messages, such as "a goal level"
   */
  SnakeCaseEnumDeserializer(Class<E> type, String what) {
    super(type);
    for (E constant : type.getEnumConstants()) {
      byName.put(SnakeCase.of(constant), constant);
    }
    this.expected = what + " (" + allowed() + ")";
  }

  @Override
  protected E read(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = Reads.text(p, type(), expected);
    E constant = byName.get(text);
    if (constant == null) {
      throw ReadErrors.invalid(p, type(), text, "allowed values: " + allowed());
    }
    return constant;
  }

  private String allowed() {
    return String.join(", ", byName.keySet());
  }
}
