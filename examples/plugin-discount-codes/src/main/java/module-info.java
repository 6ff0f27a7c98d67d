import org.jspecify.annotations.NullMarked;

/**
 * An example Northstar plugin: custom metrics for discount codes shared only on social and customer
 * queries solved on social, with their formulas and an engagement set for Mastodon, and a SMART
 * rule that asks such goals to name their networks.
 */
@NullMarked
module com.example.discountcodes {
  requires transitive dev.northstar.formulas;
  requires transitive dev.northstar.smart;
  requires static org.jspecify;

  exports com.example.discountcodes;

  // Module path. The class path reads META-INF/services; the jar ships both.
  provides dev.northstar.core.metric.spi.MetricDefinitionProvider with
      com.example.discountcodes.DiscountCodeMetrics;
  provides dev.northstar.formulas.spi.KpiProvider with
      com.example.discountcodes.DiscountCodeMetrics;
  provides dev.northstar.smart.spi.RuleProvider with
      com.example.discountcodes.DiscountCodeRules;
}
