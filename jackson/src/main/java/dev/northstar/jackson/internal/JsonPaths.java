package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Readable JSON paths such as {@code $.goals[2].target.percent}, built from a parser's context.
 *
 * <p>A field whose name is not a plain identifier is written in brackets: {@code $['odd name']}.
 * Paths longer than {@value #MAX_LENGTH} characters (hostile nesting) are shortened in the middle,
 * so an error message stays readable.
 */
final class JsonPaths {

  /** The longest path put in a message; longer ones keep their start and end. */
  static final int MAX_LENGTH = 200;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int MAX_NAME = 80;

  private JsonPaths() {}

  /**
   * Returns the path of the parser's current token: the value just read, the field whose name was
   * just read, or, after the end of an object or array, that object or array.
   */
  static String of(JsonParser p) {
    return of(p.getParsingContext());
  }

  private static String of(@Nullable JsonStreamContext context) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(c);
    }
    StringBuilder path = new StringBuilder("$");
    for (int i = chain.size() - 1; i >= 0; i--) {
      JsonStreamContext c = chain.get(i);
      if (c.inArray() && c.hasCurrentIndex()) {
        appendIndex(path, c.getCurrentIndex());
      } else if (c.inObject() && c.getCurrentName() != null) {
        appendField(path, c.getCurrentName());
      }
    }
    return abbreviate(path);
  }

  /** Returns the path of a field of the object at {@code path}. */
  static String field(String path, String name) {
    return appendField(new StringBuilder(path), name).toString();
  }

  /** Returns the path of an element of the array at {@code path}. */
  static String index(String path, int index) {
    return appendIndex(new StringBuilder(path), index).toString();
  }

  private static StringBuilder appendField(StringBuilder path, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return path.append('.').append(name);
    }
    String shown = name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 3) + "...";
    return path.append("['").append(shown.replace("\\", "\\\\").replace("'", "\\'")).append("']");
  }

  private static StringBuilder appendIndex(StringBuilder path, int index) {
    return path.append('[').append(index).append(']');
  }

  private static String abbreviate(StringBuilder path) {
    if (path.length() <= MAX_LENGTH) {
      return path.toString();
    }
    int keep = (MAX_LENGTH - 5) / 2;
    return path.substring(0, keep) + " ... " + path.substring(path.length() - keep);
  }
}
