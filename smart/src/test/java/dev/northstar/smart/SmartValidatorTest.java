package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Goal;
import dev.northstar.smart.spi.RuleProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmartValidatorTest {

  private static final RuleContext CONTEXT = RuleContext.of(date("2026-01-01"));

  /** A plug-in rule: goals must have an owner. */
  static final class OwnerRule implements Rule {
    @Override
    public String id() {
      return "relevant.owner";
    }

    @Override
    public Criterion criterion() {
      return Criterion.RELEVANT;
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      return goal.owners().isEmpty()
          ? List.of(Finding.warning(this, "has no owner", "name who is responsible"))
          : List.of();
    }
  }

  static final class Provider implements RuleProvider {
    @Override
    public String name() {
      return "test-rules";
    }

    @Override
    public List<Rule> rules() {
      return List.of(new OwnerRule());
    }
  }

  @Test
  void builtInRulesRunInCriterionThenIdOrder() {
    List<String> ids = SmartValidator.builtInOnly().rules().stream().map(Rule::id).toList();
    assertThat(ids)
        .containsExactly(
            "specific.category",
            "specific.metric",
            "specific.not-vague",
            "specific.platforms",
            "measurable.availability",
            "measurable.baseline",
            "measurable.change",
            "measurable.target",
            "achievable.forecast",
            "achievable.growth",
            "relevant.aligned",
            "relevant.metric-fits-category",
            "relevant.within-parent-period",
            "time-bound.deadline",
            "time-bound.duration",
            "time-bound.not-past");
    assertThat(BuiltInRules.ids()).isEqualTo(ids);
  }

  @Test
  void createFindsNoExtraProvidersHere() {
    assertThat(SmartValidator.create().rules()).hasSize(BuiltInRules.all().size());
  }

  @Test
  void providerRulesJoinTheBuiltInOnes() {
    SmartValidator v =
        SmartValidator.builder().addBuiltInRules().addProviders(List.of(new Provider())).build();
    SmartReport r = v.validate(Seeds.doubleLinkedInFollowers(), CONTEXT);
    assertThat(r.findingsOf("relevant.owner"))
        .singleElement()
        .asString()
        .isEqualTo("WARNING R relevant.owner: has no owner -> name who is responsible");
  }

  @Test
  void duplicateIdsAreRefused() {
    assertThatThrownBy(() -> SmartValidator.builder().add(new OwnerRule()).add(new OwnerRule()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule id relevant.owner of a rule added by hand is already taken by a rule added by"
                + " hand");
  }

  @Test
  void aProviderRuleWithABuiltInIdIsRefusedNamingTheProviderAndNothingOfItIsAdded() {
    RuleProvider clash =
        new RuleProvider() {
          @Override
          public String name() {
            return "clash-rules";
          }

          @Override
          public List<Rule> rules() {
            return List.of(new OwnerRule(), BuiltInRules.all().get(0));
          }
        };
    SmartValidator.Builder builder = SmartValidator.builder().addBuiltInRules();

    assertThatThrownBy(() -> builder.addProvider(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule id " + BuiltInRules.all().get(0).id())
        .hasMessageContaining("clash-rules")
        .hasMessageContaining("the built-in rules");
    assertThat(builder.build().rules()).extracting(Rule::id).doesNotContain("relevant.owner");
  }

  @Test
  void disabledRulesDoNotRunAndACriterionWithNoRuleIsNotChecked() {
    SmartConfig.Builder config = SmartConfig.builder();
    BuiltInRules.all().stream()
        .filter(r -> r.criterion() == Criterion.RELEVANT)
        .forEach(r -> config.disable(r.id()));
    RuleContext context = CONTEXT.toBuilder().config(config.build()).build();
    SmartReport r = SmartValidator.builtInOnly().validate(Seeds.doubleLinkedInFollowers(), context);
    assertThat(r.status(Criterion.RELEVANT)).isEqualTo(CriterionStatus.NOT_CHECKED);
    assertThat(r.findings(Criterion.RELEVANT)).isEmpty();
  }

  @Test
  void aFailingRuleBecomesAnErrorFindingAndTheOthersStillRun() {
    Rule broken =
        new Rule() {
          @Override
          public String id() {
            return "measurable.broken";
          }

          @Override
          public Criterion criterion() {
            return Criterion.MEASURABLE;
          }

          @Override
          public List<Finding> evaluate(Goal goal, RuleContext context) {
            throw new IllegalStateException("boom");
          }
        };
    SmartValidator v = SmartValidator.builder().addBuiltInRules().add(broken).build();
    SmartReport r = v.validate(Seeds.doubleLinkedInFollowers(), CONTEXT);
    assertThat(r.findingsOf("measurable.broken"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("boom");
            });
    assertThat(r.status(Criterion.MEASURABLE)).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(r.status(Criterion.SPECIFIC)).isEqualTo(CriterionStatus.MET);
  }

  @Test
  void theReportPrintsReadably() {
    SmartReport r = SmartValidator.builtInOnly().validate(Seeds.millionDollarsNextWeek(), CONTEXT);
    String text = r.toString();
    assertThat(text)
        .startsWith(
            """
            SMART report for million-dollars-next-week: NEEDS_WORK
              "Make a million dollars next week"
              S specific    partly met
              M measurable  met
              A achievable  partly met
              R relevant    partly met
              T time-bound  partly met
            """);
    // the reference date 2026-01-01 is before the week, so it is not past; 7 days is short
    assertThat(text).contains("  - WARNING T time-bound.duration: lasts 7 days;");
  }

  @Test
  void reportsAreDeterministic() {
    SmartValidator v = SmartValidator.builtInOnly();
    assertThat(v.validate(Seeds.skincareInfluencers(), CONTEXT))
        .isEqualTo(v.validate(Seeds.skincareInfluencers(), CONTEXT));
  }

  @Test
  void findingsNeedASuggestionUnlessInformational() {
    assertThatThrownBy(
            () -> Finding.of(Severity.ERROR, Criterion.SPECIFIC, "specific.x", "bad", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("suggestion must be given for a ERROR finding of rule specific.x");
    assertThatThrownBy(() -> Finding.of(Severity.INFO, Criterion.SPECIFIC, "Bad Id", "m", null))
        .hasMessageContaining("but was \"Bad Id\"");
  }

  @Test
  void configValidatesItsThresholds() {
    assertThatThrownBy(() -> SmartConfig.builder().minimumDurationDays(0))
        .hasMessage("minimumDurationDays must be from 1 to 36600, but was 0");
    assertThatThrownBy(
            () -> SmartConfig.builder().minimumDurationDays(100).maximumDurationDays(50).build())
        .hasMessage(
            "maximumDurationDays must not be less than minimumDurationDays (100), but was 50");
  }
}
