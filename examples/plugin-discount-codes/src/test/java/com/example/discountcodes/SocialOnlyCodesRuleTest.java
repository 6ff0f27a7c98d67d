package com.example.discountcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.smart.Finding;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.Severity;
import dev.northstar.smart.SmartReport;
import dev.northstar.smart.SmartValidator;
import dev.northstar.testkit.seed.SeedGoals;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the rule says, and that the library finds the plugin through ServiceLoader. */
class SocialOnlyCodesRuleTest {

  private static final RuleContext CONTEXT = RuleContext.of(LocalDate.of(2026, 1, 1));

  private static Goal redemptions(Scope scope) {
    return Goal.builder(GoalId.of("codes"), "Get 400 redemptions of our social-only codes")
        .metric(DiscountCodeMetrics.CODE_REDEMPTIONS)
        .scope(scope)
        .target(Target.total(400))
        .build();
  }

  @Test
  void aGoalWithoutNetworksIsWarnedWithASuggestion() {
    List<Finding> findings =
        new SocialOnlyCodesRule().evaluate(redemptions(Scope.unspecified()), CONTEXT);

    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().contains("names no platform"), f.message());
    assertTrue(f.suggestion().orElseThrow().contains("name the networks"));
    assertTrue(
        new SocialOnlyCodesRule()
            .evaluate(redemptions(Scope.allPlatforms()), CONTEXT)
            .get(0)
            .message()
            .contains("names all platforms"));
  }

  @Test
  void aGoalWithNetworksIsTracedToThem() {
    Goal goal = redemptions(Scope.of(Platform.INSTAGRAM, Platform.FACEBOOK));

    List<Finding> findings = new SocialOnlyCodesRule().evaluate(goal, CONTEXT);

    assertEquals(
        List.of(
            Finding.info(
                new SocialOnlyCodesRule(),
                "redemptions are traced to the codes shared on facebook, instagram only")),
        findings);
  }

  @Test
  void goalsOfOtherMetricsAreLeftAlone() {
    for (Goal seed : SeedGoals.all()) {
      assertEquals(List.of(), new SocialOnlyCodesRule().evaluate(seed, CONTEXT), seed.id().value());
    }
  }

  @Test
  void theLibraryFindsThePluginOnItsOwn() {
    MetricRegistry registry = MetricRegistry.load();
    assertEquals(
        DiscountCodeMetrics.NAME,
        registry.sourceOf(DiscountCodeMetrics.CODE_REDEMPTIONS).orElseThrow());
    assertTrue(registry.contains(DiscountCodeMetrics.SOCIAL_RESOLUTION_RATE.id()));

    SmartReport report =
        SmartValidator.create()
            .validate(
                redemptions(Scope.unspecified()), CONTEXT.toBuilder().registry(registry).build());
    assertEquals(1, report.findingsOf(SocialOnlyCodesRule.ID).size());
  }
}
