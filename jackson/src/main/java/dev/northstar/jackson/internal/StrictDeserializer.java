package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The base of every Northstar deserializer.
 *
 * <p>Jackson calls {@link #deserialize}, which reads with {@link #read} and adds the JSON path to
 * what the parser itself refuses while doing so (a duplicate field, a string over the length
 * limit). Deserializers read the values they contain by calling each other's {@link #read}
 * directly, so that a problem is reported once, by the innermost reader, with its exact path.
 *
 * @param <T> the type read
 */
public abstract class StrictDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  protected StrictDeserializer(Class<T> type) {
    super(type);
  }

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    try {
      return read(p, ctxt);
    } catch (JsonParseException e) {
      throw ReadErrors.located(p, e);
    } catch (StreamConstraintsException e) {
      throw ReadErrors.located(p, e);
    }
  }

  /**
   * Reads a value starting at the parser's current token, leaving the parser at the value's last
   * token.
   *
   * @param p the parser, at the value's first token
   * @param ctxt the context, for features such as {@code FAIL_ON_UNKNOWN_PROPERTIES}
   * @return the value, never null
   * @throws IOException if the input is not valid, located by its JSON path
   */
  protected abstract T read(JsonParser p, DeserializationContext ctxt) throws IOException;

  /**
   * A document that is only {@code null} is not a value of this type: Jackson would return null
   * from {@code readValue("null", Goal.class)}, so it is refused with its location. A null inside
   * another class's document (a field of an application's own record) stays null.
   */
  @Override
  public @Nullable T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    JsonParser p = ctxt.getParser();
    if (p == null) {
      throw JsonMappingException.from(
          ctxt, "expected a " + type().getSimpleName() + ", but was null");
    }
    if (!p.getParsingContext().inRoot()) {
      return null;
    }
    try {
      throw ReadErrors.wrongType(p, type(), "a " + type().getSimpleName());
    } catch (JsonMappingException e) {
      throw e;
    } catch (IOException e) {
      throw JsonMappingException.from(p, String.valueOf(e.getMessage()), e);
    }
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  /** Returns the type this deserializer reads. */
  @SuppressWarnings("unchecked")
  protected final Class<T> type() {
    return (Class<T>) handledType();
  }
}
