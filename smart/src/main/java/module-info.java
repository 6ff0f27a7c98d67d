import org.jspecify.annotations.NullMarked;

/**
 * Northstar's SMART validation: the rule API and its service-provider interface, the built-in rules
 * for the five criteria (achievability judged by the forecasts of {@code dev.northstar.progress}),
 * their configuration, the SMART report, and a rule-based goal-statement parser (English, German,
 * Polish, Latvian, Indonesian, Vietnamese).
 *
 * @uses dev.northstar.smart.spi.RuleProvider
 */
@NullMarked
module dev.northstar.smart {
  requires transitive dev.northstar.core;
  requires dev.northstar.formulas;
  requires dev.northstar.progress;
  requires static org.jspecify;

  exports dev.northstar.smart;
  exports dev.northstar.smart.spi;
  exports dev.northstar.smart.statement;

  uses dev.northstar.smart.spi.RuleProvider;
}
