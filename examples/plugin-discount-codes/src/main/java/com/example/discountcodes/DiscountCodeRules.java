package com.example.discountcodes;

import dev.northstar.smart.Rule;
import dev.northstar.smart.spi.RuleProvider;
import java.util.List;

/**
 * The plugin's SMART rules, found by {@link java.util.ServiceLoader}: {@link SocialOnlyCodesRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DiscountCodeRules implements RuleProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public DiscountCodeRules() {}

  @Override
  public String name() {
    return DiscountCodeMetrics.NAME;
  }

  @Override
  public List<Rule> rules() {
    return List.of(new SocialOnlyCodesRule());
  }
}
