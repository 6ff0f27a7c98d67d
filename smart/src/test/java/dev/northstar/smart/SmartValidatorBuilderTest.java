package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Goal;
import dev.northstar.smart.spi.RuleProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** How {@link SmartValidator} and its builder refuse bad rules and providers, and run rules. */
class SmartValidatorBuilderTest {

  private static final RuleContext CONTEXT = RuleContext.of(date("2026-01-01"));

  private static Rule rule(String id, Criterion criterion, Supplier<List<Finding>> findings) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Criterion criterion() {
        return criterion;
      }

      @Override
      public List<Finding> evaluate(Goal goal, RuleContext context) {
        return findings.get();
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }

  private static Rule quiet(String id) {
    return rule(id, Criterion.RELEVANT, List::of);
  }

  private static RuleProvider provider(String name, Supplier<List<Rule>> rules) {
    return new Named(name, rules);
  }

  /** A provider with a given name; a named class, so that messages show a stable class name. */
  static final class Named implements RuleProvider {
    private final String name;
    private final Supplier<List<Rule>> rules;

    Named(String name, Supplier<List<Rule>> rules) {
      this.name = name;
      this.rules = rules;
    }

    @Override
    public String name() {
      if (name.equals("throws")) {
        throw new IllegalStateException("no name");
      }
      return name.equals("null") ? null : name;
    }

    @Override
    public List<Rule> rules() {
      return rules.get();
    }
  }

  private static final String TYPE = Named.class.getName();

  @Test
  void aProviderIsNamedByItsNameAndClassOrByItsClassAlone() {
    assertThat(SmartValidator.Builder.nameOf(provider("acme", List::of)))
        .isEqualTo("acme (" + TYPE + ")");
    assertThat(SmartValidator.Builder.nameOf(provider(" ", List::of))).isEqualTo(TYPE);
    assertThat(SmartValidator.Builder.nameOf(provider("null", List::of))).isEqualTo(TYPE);
    assertThat(SmartValidator.Builder.nameOf(provider(TYPE, List::of))).isEqualTo(TYPE);
    assertThat(SmartValidator.Builder.nameOf(provider("throws", List::of))).isEqualTo(TYPE);
  }

  @Test
  void aProviderThatThrowsOrReturnsNullIsRefusedByName() {
    SmartValidator.Builder b = SmartValidator.builder();
    assertThatThrownBy(
            () ->
                b.addProvider(
                    provider(
                        "acme",
                        () -> {
                          throw new IllegalArgumentException("no file");
                        })))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "rule provider acme (" + TYPE + ") failed: java.lang.IllegalArgumentException: no file")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.addProvider(provider("acme", () -> null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule provider acme (" + TYPE + ") returned null rules");
    List<Rule> withNull = new ArrayList<>();
    withNull.add(quiet("relevant.one"));
    withNull.add(null);
    assertThatThrownBy(() -> b.addProvider(provider("acme", () -> withNull)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule provider acme (" + TYPE + ") returned a null rule");
    assertThat(b.build().rules()).isEmpty();
  }

  @Test
  void aProviderGivingOneIdTwiceIsRefusedWhole() {
    SmartValidator.Builder b = SmartValidator.builder();
    assertThatThrownBy(
            () ->
                b.addProvider(
                    provider(
                        "acme",
                        () ->
                            List.of(
                                quiet("relevant.a"), quiet("relevant.b"), quiet("relevant.a")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule id relevant.a of acme (" + TYPE + ") is already taken by acme (" + TYPE + ")");
    assertThat(b.build().rules()).isEmpty();
    b.addProvider(provider("acme", () -> List.of(quiet("relevant.a"), quiet("relevant.b"))));
    assertThat(b.build().rules()).extracting(Rule::id).containsExactly("relevant.a", "relevant.b");
    assertThatThrownBy(() -> b.addProvider(provider("other", () -> List.of(quiet("relevant.b")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule id relevant.b of other (" + TYPE + ") is already taken by acme (" + TYPE + ")");
  }

  @Test
  void aRuleWithoutACriterionOrWithABadIdIsRefused() {
    assertThatThrownBy(() -> SmartValidator.builder().add(rule("relevant.x", null, List::of)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a rule of a rule added by hand is malformed: java.lang.NullPointerException:"
                + " criterion of rule relevant.x must not be null");
    assertThatThrownBy(() -> SmartValidator.builder().add(quiet("Bad")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a rule of a rule added by hand is malformed:")
        .hasMessageEndingWith("but was \"Bad\"");
    assertThatThrownBy(() -> SmartValidator.builder().add(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule must not be null");
    assertThatThrownBy(() -> SmartValidator.builder().addProvider(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("provider must not be null");
    assertThatThrownBy(() -> SmartValidator.builder().addProviders(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("providers must not be null");
    List<RuleProvider> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> SmartValidator.builder().addProviders(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("provider must not be null");
  }

  @Test
  void builtInRulesPrintAsTheirIds() {
    assertThat(BuiltInRules.all()).extracting(Rule::toString).isEqualTo(BuiltInRules.ids());
  }

  @Test
  void addingTheBuiltInRulesTwiceIsRefused() {
    SmartValidator.Builder b = SmartValidator.builder().addBuiltInRules();
    assertThatThrownBy(b::addBuiltInRules)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rule id ")
        .hasMessageEndingWith(" of the built-in rules is already taken by the built-in rules");
  }

  @Test
  void rulesRunSortedByCriterionThenId() {
    SmartValidator v =
        SmartValidator.builder()
            .add(quiet("relevant.b"))
            .add(rule("specific.z", Criterion.SPECIFIC, List::of))
            .add(quiet("relevant.a"))
            .build();
    assertThat(v.rules())
        .extracting(Rule::id)
        .containsExactly("specific.z", "relevant.a", "relevant.b");
    assertThat(v).hasToString("SmartValidator[specific.z, relevant.a, relevant.b]");
    assertThat(v.problems()).isEmpty();
    assertThat(SmartValidator.createLenient().problems()).isEmpty();
    assertThat(SmartValidator.createLenient().rules()).hasSize(BuiltInRules.all().size());
  }

  @Test
  void aFindingCarryingAnotherRulesIdOrCriterionBecomesAnError() {
    Rule other = quiet("relevant.other");
    Rule wrongId =
        rule("relevant.liar", Criterion.RELEVANT, () -> List.of(Finding.info(other, "hi")));
    Rule wrongCriterion =
        rule(
            "relevant.confused",
            Criterion.RELEVANT,
            () ->
                List.of(
                    Finding.of(
                        Severity.INFO, Criterion.SPECIFIC, "relevant.confused", "hi", null)));
    Rule nothing = rule("relevant.null", Criterion.RELEVANT, () -> null);
    Rule honest =
        rule(
            "relevant.honest",
            Criterion.RELEVANT,
            () ->
                List.of(
                    Finding.of(Severity.INFO, Criterion.RELEVANT, "relevant.honest", "hi", null)));
    Goal goal = Seeds.doubleLinkedInFollowers();
    SmartReport r =
        SmartValidator.builder()
            .add(wrongId)
            .add(wrongCriterion)
            .add(nothing)
            .add(honest)
            .build()
            .validate(goal, CONTEXT);
    assertThat(r.findingsOf("relevant.liar"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo(
                      "rule relevant.liar failed on goal double-linkedin-followers:"
                          + " java.lang.IllegalStateException: finding INFO R relevant.other: hi"
                          + " does not carry the rule's id relevant.liar and criterion RELEVANT");
              assertThat(f.suggestion())
                  .contains(
                      "report this to the rule's author; the goal was not judged by this rule");
            });
    assertThat(r.findingsOf("relevant.confused"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("does not carry the rule's id"));
    assertThat(r.findingsOf("relevant.null"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .endsWith(
                        "java.lang.NullPointerException: findings of relevant.null must not be null"));
    assertThat(r.findingsOf("relevant.honest"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(r.status(Criterion.SPECIFIC)).isEqualTo(CriterionStatus.NOT_CHECKED);
  }

  @Test
  void validateAllJudgesEachGoalInOrder() {
    SmartValidator v = SmartValidator.builtInOnly();
    List<SmartReport> reports =
        v.validateAll(
            List.of(Seeds.doubleLinkedInFollowers(), Seeds.millionDollarsNextWeek()), CONTEXT);
    assertThat(reports)
        .extracting(r -> r.goalId().toString())
        .containsExactly("double-linkedin-followers", "million-dollars-next-week");
    assertThat(reports.get(0)).isEqualTo(v.validate(Seeds.doubleLinkedInFollowers(), CONTEXT));
    assertThatThrownBy(() -> v.validateAll(null, CONTEXT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("goals must not be null");
    assertThatThrownBy(() -> v.validate(null, CONTEXT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("goal must not be null");
    assertThatThrownBy(() -> v.validate(Seeds.doubleLinkedInFollowers(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("context must not be null");
    assertThatThrownBy(() -> SmartValidator.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("loader must not be null");
    assertThatThrownBy(() -> SmartValidator.createLenient(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("loader must not be null");
  }

  @Test
  void aDisabledRuleDoesNotRunButItsCriterionStillCountsIfAnotherRuleRan() {
    RuleContext noDeadlineRule =
        CONTEXT.toBuilder()
            .config(SmartConfig.builder().disable(BuiltInRules.TIME_BOUND_DEADLINE).build())
            .build();
    SmartReport r =
        SmartValidator.builtInOnly().validate(Seeds.skateboardShoeSalesInstagram(), noDeadlineRule);
    assertThat(r.findingsOf(BuiltInRules.TIME_BOUND_DEADLINE)).isEmpty();
    // the goal has no period, so neither of the other time-bound rules reports anything
    assertThat(r.status(Criterion.TIME_BOUND)).isEqualTo(CriterionStatus.MET);
  }
}
