import org.jspecify.annotations.NullMarked;

/**
 * The JSON of Northstar SMART reports: a Jackson databind {@link
 * com.fasterxml.jackson.databind.Module} that writes {@code SmartReport}. Register it next to the
 * core module of {@code dev.northstar.jackson}, or let {@code
 * ObjectMapper.findAndRegisterModules()} find both. The format is documented in {@code
 * docs/json-format.md}.
 *
 * @provides com.fasterxml.jackson.databind.Module
 */
@NullMarked
module dev.northstar.jackson.smart {
  // NorthstarSmartModule is a SimpleModule.
  requires transitive com.fasterxml.jackson.databind;
  // The shared write helpers; no type of it is in this module's API.
  requires dev.northstar.jackson;
  requires dev.northstar.smart;
  requires dev.northstar.core;
  requires static org.jspecify;

  exports dev.northstar.jackson.smart;

  provides com.fasterxml.jackson.databind.Module with
      dev.northstar.jackson.smart.NorthstarSmartModule;
}
