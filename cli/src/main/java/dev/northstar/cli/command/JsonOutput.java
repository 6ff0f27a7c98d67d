package dev.northstar.cli.command;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.jackson.formulas.NorthstarFormulasModule;
import dev.northstar.jackson.smart.NorthstarSmartModule;

/**
 * JSON output of a command: {@link NorthstarJson#mapper()}'s strict, stable form, able to write
 * every value a command prints, goals, KPI tables and ratios, and SMART reports alike.
 */
final class JsonOutput {

  private JsonOutput() {}

  /** Returns a new mapper with the core, formulas and SMART modules. */
  static JsonMapper mapper() {
    return NorthstarJson.builder()
        .addModule(new NorthstarFormulasModule())
        .addModule(new NorthstarSmartModule())
        .build();
  }
}
