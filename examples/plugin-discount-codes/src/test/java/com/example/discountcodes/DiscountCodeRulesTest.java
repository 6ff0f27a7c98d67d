package com.example.discountcodes;

import dev.northstar.smart.spi.RuleProvider;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testkit.contract.RuleProviderContract;
import dev.northstar.testkit.gen.GoalInContext;
import dev.northstar.testkit.gen.RuleContextGens;

/**
 * The plugin's rules keep the test kit's contract, judged on the kit's generated goals and on the
 * same goals measured by the plugin's code metrics (where the rule has something to say).
 */
class DiscountCodeRulesTest implements RuleProviderContract {

  @Override
  public RuleProvider provider() {
    return new DiscountCodeRules();
  }

  @Override
  public Gen<GoalInContext> goalsInContext() {
    Gen<GoalInContext> any = RuleContextGens.goalsInContext(registry());
    Gen<GoalInContext> ours =
        Gens.zip(
            any,
            Gens.elements(
                java.util.List.of(
                    DiscountCodeMetrics.CODE_REDEMPTIONS,
                    DiscountCodeMetrics.CODES_SHARED,
                    DiscountCodeMetrics.CODE_REDEMPTION_RATE.id())),
            (g, metric) ->
                new GoalInContext(g.goal().toBuilder().metric(metric).build(), g.context()));
    return Gens.frequency(50, any, ours);
  }
}
