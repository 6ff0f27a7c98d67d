import org.jspecify.annotations.NullMarked;

/**
 * Northstar's JSON binding: a Jackson databind {@link com.fasterxml.jackson.databind.Module} for
 * every core value type, and {@link dev.northstar.jackson.NorthstarJson#mapper()}, an {@code
 * ObjectMapper} that reads strictly, within input limits, and writes a stable pretty-printed form.
 *
 * <p>The format is documented in {@code docs/json-format.md}.
 *
 * @provides com.fasterxml.jackson.databind.Module
 */
@NullMarked
module dev.northstar.jackson {
  requires transitive dev.northstar.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports dev.northstar.jackson;

  provides com.fasterxml.jackson.databind.Module with
      dev.northstar.jackson.NorthstarModule;
}
