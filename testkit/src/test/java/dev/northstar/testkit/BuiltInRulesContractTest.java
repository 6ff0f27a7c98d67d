package dev.northstar.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.smart.BuiltInRules;
import dev.northstar.smart.Rule;
import dev.northstar.smart.spi.RuleProvider;
import dev.northstar.testkit.contract.RuleProviderContract;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 15 built-in SMART rules keep the contract plugin rules must keep. */
class BuiltInRulesContractTest implements RuleProviderContract {

  @Override
  public RuleProvider provider() {
    return new RuleProvider() {
      @Override
      public String name() {
        return "northstar-smart";
      }

      @Override
      public List<Rule> rules() {
        return BuiltInRules.all();
      }
    };
  }

  // They are the built-ins: no other ids to avoid, and added by SmartValidator itself.
  @Override
  public Collection<String> otherRuleIds() {
    return List.of();
  }

  @Override
  public boolean registeredAsService() {
    return false;
  }

  @Test
  void allSixteenBuiltInRulesAreUnderTheContract() {
    assertThat(provider().rules()).hasSize(16);
    assertThat(provider().rules())
        .extracting(Rule::id)
        .containsExactlyElementsOf(BuiltInRules.ids());
  }
}
