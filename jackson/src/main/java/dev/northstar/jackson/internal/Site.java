package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Where a value of an object was read: its field, its index if it is an element of an array field,
 * and its location in the input. A problem found only once the whole object is read (a deadline
 * before the start) is reported at the site of the field to blame.
 *
 * @param field the field's name
 * @param index the index in the field's array, or -1 for the field's value itself
 * @param location where the value starts in the input
 */
public record Site(String field, int index, JsonLocation location) {

  /** Returns the site of the value the parser is at, the value of {@code field}. */
  static Site of(JsonParser p, String field) {
    return new Site(field, -1, p.currentTokenLocation());
  }

  /** Returns the site of the array element the parser is at, in the array of {@code field}. */
  static Site element(JsonParser p, String field) {
    JsonStreamContext context = p.getParsingContext();
    if (p.currentToken().isStructStart()) {
      // At the start of an object or array element the context is the element's own.
      context = context.getParent();
    }
    return new Site(field, context.getCurrentIndex(), p.currentTokenLocation());
  }

  /** Returns the site's path, given the path of the object it belongs to. */
  String pathFrom(String objectPath) {
    String path = JsonPaths.field(objectPath, field);
    return index < 0 ? path : JsonPaths.index(path, index);
  }
}
