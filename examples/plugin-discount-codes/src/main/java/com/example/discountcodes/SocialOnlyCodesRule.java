package com.example.discountcodes;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.smart.Criterion;
import dev.northstar.smart.Finding;
import dev.northstar.smart.Rule;
import dev.northstar.smart.RuleContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Specific: a goal measured by codes shared only on social names the networks they are shared on.
 * Otherwise redemptions cannot be told apart from those of codes shared by e-mail or in shops.
 *
 * <ul>
 *   <li>the scope names platforms: an info finding naming them;
 *   <li>the scope is "all platforms" or unspecified: a warning with a suggestion;
 *   <li>any other metric: no finding.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SocialOnlyCodesRule implements Rule {

  /** The rule's id. */
  public static final String ID = "specific.acme-codes-on-named-networks";

  private static final Set<MetricId> CODE_METRICS =
      Set.of(
          DiscountCodeMetrics.CODES_SHARED,
          DiscountCodeMetrics.CODE_REDEMPTIONS,
          DiscountCodeMetrics.CODE_REDEMPTION_RATE.id());

  /** Creates the rule. */
  public SocialOnlyCodesRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Criterion criterion() {
    return Criterion.SPECIFIC;
  }

  @Override
  public List<Finding> evaluate(Goal goal, RuleContext context) {
    Optional<MetricId> metric = goal.metric();
    if (metric.isEmpty() || !CODE_METRICS.contains(metric.get())) {
      return List.of();
    }
    Scope scope = goal.scope();
    if (scope.isAllPlatforms() || scope.isPlatformUnspecified()) {
      return List.of(
          Finding.warning(
              this,
              "goal "
                  + goal.id()
                  + " is measured by "
                  + metric.get()
                  + ", codes shared only on social, but its scope names "
                  + (scope.isAllPlatforms() ? "all platforms" : "no platform")
                  + ", so redemptions cannot be traced to a network",
              "name the networks the codes are shared on, such as instagram and facebook"));
    }
    String networks =
        scope.platforms().stream().map(Platform::id).sorted().collect(Collectors.joining(", "));
    return List.of(
        Finding.info(this, "redemptions are traced to the codes shared on " + networks + " only"));
  }
}
