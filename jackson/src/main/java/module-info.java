import org.jspecify.annotations.NullMarked;

/**
 * Northstar's JSON binding of goals: a Jackson databind {@link
 * com.fasterxml.jackson.databind.Module} for every core value type, and {@link
 * dev.northstar.jackson.NorthstarJson#mapper()}, an {@code ObjectMapper} that reads strictly,
 * within input limits, and writes a stable pretty-printed form.
 *
 * <p>It needs only the core and jackson-databind. The JSON of formulas' results (ratios, KPI
 * tables) is in {@code dev.northstar.jackson.formulas}, that of SMART reports in {@code
 * dev.northstar.jackson.smart}, and the CSV of metric tables in {@code dev.northstar.jackson.csv};
 * the first two read and write with this module's internal helpers, exported to them alone. The
 * format is documented in {@code docs/json-format.md}.
 *
 * @provides com.fasterxml.jackson.databind.Module
 */
@NullMarked
@SuppressWarnings("module") // the qualified export names modules built after this one
module dev.northstar.jackson {
  // NorthstarJson reads and returns goals and hierarchies.
  requires transitive dev.northstar.core;
  // NorthstarModule is a SimpleModule; NorthstarJson returns a JsonMapper.
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports dev.northstar.jackson;
  exports dev.northstar.jackson.internal to
      dev.northstar.jackson.formulas,
      dev.northstar.jackson.smart;

  provides com.fasterxml.jackson.databind.Module with
      dev.northstar.jackson.NorthstarModule;
}
