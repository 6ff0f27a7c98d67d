import org.jspecify.annotations.NullMarked;

/**
 * The JSON of Northstar formulas' results: a Jackson databind {@link
 * com.fasterxml.jackson.databind.Module} that reads and writes ratios and money ratios and writes
 * KPI result tables. Register it next to the core module of {@code dev.northstar.jackson}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find both. The format is documented in {@code
 * docs/json-format.md}.
 *
 * @provides com.fasterxml.jackson.databind.Module
 */
@NullMarked
module dev.northstar.jackson.formulas {
  // NorthstarFormulasModule is a SimpleModule.
  requires transitive com.fasterxml.jackson.databind;
  // The shared read and write helpers; no type of it is in this module's API.
  requires dev.northstar.jackson;
  requires dev.northstar.formulas;
  requires dev.northstar.core;
  requires static org.jspecify;

  exports dev.northstar.jackson.formulas;

  provides com.fasterxml.jackson.databind.Module with
      dev.northstar.jackson.formulas.NorthstarFormulasModule;
}
