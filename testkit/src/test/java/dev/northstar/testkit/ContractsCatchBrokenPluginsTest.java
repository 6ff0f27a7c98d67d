package dev.northstar.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.smart.BuiltInRules;
import dev.northstar.smart.Criterion;
import dev.northstar.smart.Finding;
import dev.northstar.smart.Rule;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.spi.RuleProvider;
import dev.northstar.testkit.contract.MetricDefinitionProviderContract;
import dev.northstar.testkit.contract.RatioKpiContract;
import dev.northstar.testkit.contract.RuleProviderContract;
import dev.northstar.testkit.contract.SmartRuleContract;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each contract fails, with a message that says what is wrong, on a plugin that breaks it: the
 * contracts can fail, so the built-ins passing them means something.
 */
// Calling the contracts' test methods directly is the point: they are the subject under test here.
@SuppressWarnings("JUnitMethodInvoked")
class ContractsCatchBrokenPluginsTest {

  private static final MetricDefinition GOOD =
      MetricDefinition.builder(MetricId.of("acme.codes"))
          .name("Codes")
          .description("Discount codes redeemed.")
          .build();

  private static void fails(Executable check, String why) {
    assertThatThrownBy(check::execute)
        .isInstanceOf(AssertionError.class)
        .hasStackTraceContaining(why);
  }

  /** Runs dynamic tests, nested or not, and expects one of them to fail saying why. */
  private static void oneFails(Stream<? extends DynamicNode> tests, String why) {
    List<Executable> all = flatten(tests).toList();
    assertThat(all).isNotEmpty();
    assertThat(all)
        .anySatisfy(
            t ->
                assertThatThrownBy(t::execute)
                    .isInstanceOf(AssertionError.class)
                    .hasStackTraceContaining(why));
  }

  private static Stream<Executable> flatten(Stream<? extends DynamicNode> nodes) {
    return nodes.flatMap(
        n ->
            n instanceof DynamicTest t
                ? Stream.of(t.getExecutable())
                : flatten(((org.junit.jupiter.api.DynamicContainer) n).getChildren()));
  }

  private static MetricDefinitionProvider providerOf(MetricDefinition... definitions) {
    return new MetricDefinitionProvider() {
      @Override
      public Collection<MetricDefinition> definitions() {
        return List.of(definitions);
      }

      @Override
      public String name() {
        return "acme-metrics";
      }
    };
  }

  private static MetricDefinitionProviderContract contractOf(MetricDefinitionProvider provider) {
    return new MetricDefinitionProviderContract() {
      @Override
      public MetricDefinitionProvider provider() {
        return provider;
      }

      @Override
      public Optional<String> namespace() {
        return Optional.of("acme");
      }
    };
  }

  @Test
  void aGoodProviderPassesEveryDefinitionCheck() throws Throwable {
    MetricDefinitionProviderContract contract = contractOf(providerOf(GOOD));
    contract.idsAreUniqueWithinTheProviderAndNamespaced();
    contract.idsAreNotTakenByAnotherSource();
    contract.nameIsStableAndDefinitionsAreTheSameOnEveryCall();
    for (Executable t :
        flatten(
                Stream.of(
                        contract.everyDefinitionIsDocumented(),
                        contract.everyUnitAgreesWithTheAdditivity(),
                        contract.everyDefaultAggregationIsMergeable())
                    .flatMap(Function.identity()))
            .toList()) {
      t.execute();
    }
  }

  @Test
  void duplicateAndUnNamespacedIdsFail() {
    fails(
        () -> contractOf(providerOf(GOOD, GOOD)).idsAreUniqueWithinTheProviderAndNamespaced(),
        "defines id 'acme.codes' twice");
    MetricDefinition bare = GOOD.toBuilder().build();
    MetricDefinition outside =
        MetricDefinition.builder(MetricId.of("codes"))
            .name(bare.name())
            .description(bare.description())
            .build();
    fails(
        () -> contractOf(providerOf(outside)).idsAreUniqueWithinTheProviderAndNamespaced(),
        "outside the namespace 'acme.'");
  }

  @Test
  void anIdOfTheCoreMetricsFailsNamingItsSource() {
    MetricDefinition clash =
        MetricDefinition.builder(CoreMetrics.FOLLOWERS)
            .name("F")
            .description("Followers again.")
            .build();
    fails(
        () -> contractOf(providerOf(clash)).idsAreNotTakenByAnotherSource(),
        "'followers' is already defined by northstar-core");
  }

  @Test
  void anUndocumentedDefinitionFails() {
    MetricDefinition undocumented = MetricDefinition.builder(MetricId.of("acme.x")).build();
    oneFails(contractOf(providerOf(undocumented)).everyDefinitionIsDocumented(), "no name");
  }

  @Test
  void aMeanOfRatiosWithoutUndefinedHandlingOrAnAdditiveRatioFails() {
    MetricDefinition mean =
        GOOD.toBuilder()
            .unit(MetricUnit.RATIO)
            .additivity(Additivity.NON_ADDITIVE)
            .defaultAggregation(Aggregation.MEAN)
            .build();
    oneFails(
        contractOf(providerOf(mean)).everyDefaultAggregationIsMergeable(), "aggregated by MEAN");
    MetricDefinition additive = GOOD.toBuilder().unit(MetricUnit.RATIO).build();
    oneFails(
        contractOf(providerOf(additive)).everyUnitAgreesWithTheAdditivity(),
        "is a RATIO, so it cannot be ADDITIVE");
  }

  @Test
  void aProviderMissingFromMetaInfServicesFailsSayingHowToRegisterIt() {
    fails(
        () -> contractOf(providerOf(GOOD)).isRegisteredForTheServiceLoader(),
        "register it in META-INF/services/" + MetricDefinitionProvider.class.getName());
  }

  private static RatioKpiContract kpiContract(MetricDefinitionProvider provider, RatioKpi kpi) {
    return new RatioKpiContract() {
      @Override
      public MetricDefinitionProvider provider() {
        return provider;
      }

      @Override
      public List<RatioKpi> kpis() {
        return List.of(kpi);
      }
    };
  }

  @Test
  void aKpiOverAnUnknownMeasureOrWithoutItsDefinitionFails() {
    RatioKpi rate =
        RatioKpi.builder(MetricId.of("acme.rate"))
            .name("Rate")
            .description("codes / unknown.")
            .numerator(LinearSum.of(GOOD.id()))
            .denominator(LinearSum.of(MetricId.of("acme.unknown")))
            .build();
    RatioKpiContract contract = kpiContract(providerOf(GOOD, rate.toDefinition()), rate);
    oneFails(contract.everyMeasureOfEveryKpiIsDefined(), "uses measure 'acme.unknown'");
    oneFails(
        kpiContract(providerOf(GOOD), rate).everyKpiIsDefinedByTheProvider(),
        "does not define KPI acme.rate");
  }

  @Test
  void aWellFormedKpiIsUndefinedOnZeroAndMergesExactly() throws Throwable {
    RatioKpi rate =
        RatioKpi.builder(MetricId.of("acme.per_click"))
            .name("Codes per click")
            .description("codes / clicks; undefined without clicks.")
            .numerator(LinearSum.of(GOOD.id()))
            .denominator(LinearSum.of(CoreMetrics.CLICKS))
            .build();
    RatioKpiContract contract = kpiContract(providerOf(GOOD, rate.toDefinition()), rate);
    for (Executable t :
        flatten(
                Stream.concat(
                    contract.everyKpiIsUndefinedOnAZeroDenominator(),
                    contract.everyKpiMergesExactly()))
            .toList()) {
      t.execute();
    }
  }

  /** A rule with a behaviour given as a function of the goal. */
  private static Rule rule(String id, Function<Rule, Function<Goal, List<Finding>>> behaviour) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Criterion criterion() {
        return Criterion.SPECIFIC;
      }

      @Override
      public List<Finding> evaluate(Goal goal, RuleContext context) {
        return behaviour.apply(this).apply(goal);
      }
    };
  }

  private static SmartRuleContract ruleContract(Rule rule) {
    return () -> rule;
  }

  @Test
  void aRuleThatThrowsOnSomeGeneratedGoalFails() {
    Rule throwing =
        rule(
            "specific.acme",
            r ->
                g -> List.of(Finding.info(r, g.metric().orElseThrow().value() + " is the metric")));
    fails(
        () ->
            ruleContract(throwing)
                .judgesEveryGeneratedGoalDeterministicallyAndExplainsItsFindings(),
        "rule specific.acme threw java.util.NoSuchElementException");
  }

  @Test
  void aRuleThatChangesItsMindFails() {
    AtomicInteger calls = new AtomicInteger();
    Rule fickle =
        rule(
            "specific.acme",
            r ->
                g ->
                    calls.incrementAndGet() % 2 == 0
                        ? List.of()
                        : List.of(Finding.info(r, "odd call number")));
    fails(
        () ->
            ruleContract(fickle).judgesEveryGeneratedGoalDeterministicallyAndExplainsItsFindings(),
        "gave other findings the second time");
  }

  @Test
  void aFindingThatLeaksANullOrHasNoWordsFails() {
    Rule leaky =
        rule("specific.acme", r -> g -> List.of(Finding.warning(r, "owner is null", "set it")));
    fails(
        () -> ruleContract(leaky).judgesEveryGeneratedGoalDeterministicallyAndExplainsItsFindings(),
        "shows a bug");
    Rule terse = rule("specific.acme", r -> g -> List.of(Finding.warning(r, "bad", "fix")));
    fails(
        () -> ruleContract(terse).judgesEveryGeneratedGoalDeterministicallyAndExplainsItsFindings(),
        "does not say what was found in words");
  }

  @Test
  void aRuleIdOutsideItsCriterionFails() {
    Rule misfiled = rule("measurable.acme", r -> g -> List.of());
    fails(
        () -> ruleContract(misfiled).idIsWellFormedAndStable(),
        "should start with its criterion's label");
  }

  @Test
  void aRuleProviderTakingABuiltInIdOrUnregisteredFails() {
    RuleProvider clash =
        new RuleProvider() {
          @Override
          public String name() {
            return "acme-rules";
          }

          @Override
          public List<Rule> rules() {
            return List.of(rule(BuiltInRules.SPECIFIC_METRIC, r -> g -> List.of()));
          }
        };
    RuleProviderContract contract = () -> clash;
    fails(contract::nameIsStableAndRuleIdsAreUnique, "rule id specific.metric is already taken");
    fails(contract::isRegisteredForTheServiceLoader, "register it in META-INF/services/");
  }
}
