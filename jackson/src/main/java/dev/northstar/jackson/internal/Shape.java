package dev.northstar.jackson.internal;

import java.util.List;

/**
 * The fields a JSON object of one type may have and those it must have.
 *
 * @param type the type read from the object
 * @param description what the object is, for messages, such as "a goal object"
 * @param fields every allowed field, in the order they are written
 * @param required the fields that must be present and not null
 */
public record Shape(Class<?> type, String description, List<String> fields, List<String> required) {

  public Shape {
    fields = List.copyOf(fields);
    required = List.copyOf(required);
  }
}
