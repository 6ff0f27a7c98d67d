package com.example.discountcodes;

import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.kpi.EngagementSets;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.spi.KpiProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's metrics, all in the {@code acme.} namespace: two counts and their rate for discount
 * codes shared only on social, and two counts and their rate for customer queries on social.
 *
 * <p>It is both a {@link MetricDefinitionProvider} (the definitions of the counts and of the rates,
 * for goals and SMART rules) and a {@link KpiProvider} (the rates' formulas and Mastodon's
 * engagement set, for the KPI engine and the command line). Registered for {@link
 * java.util.ServiceLoader} in {@code module-info.java} and in {@code META-INF/services}, so {@code
 * MetricRegistry.load()} and {@code KpiRegistry.load()} list these beside the built-ins.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DiscountCodeMetrics implements MetricDefinitionProvider, KpiProvider {

  /** The name of this source in the registry and in error messages. */
  public static final String NAME = "acme-discount-codes";

  /** Discount codes shared only on social (each code posted once counts once). */
  public static final MetricId CODES_SHARED = MetricId.of("acme.codes_shared");

  /** Redemptions, in the shop, of discount codes shared only on social. */
  public static final MetricId CODE_REDEMPTIONS = MetricId.of("acme.code_redemptions");

  /** Customer queries received on social (comments, mentions and messages asking for help). */
  public static final MetricId SOCIAL_QUERIES = MetricId.of("acme.social_queries");

  /** Customer queries solved on social, without moving to another channel. */
  public static final MetricId SOCIAL_QUERIES_SOLVED = MetricId.of("acme.social_queries_solved");

  /** Redemptions per code shared: {@code acme.code_redemptions / acme.codes_shared}. */
  public static final RatioKpi CODE_REDEMPTION_RATE =
      RatioKpi.builder(MetricId.of("acme.code_redemption_rate"))
          .name("Code redemption rate")
          .description(
              "acme.code_redemptions / acme.codes_shared: redemptions per discount code shared"
                  + " only on social, as a ratio (may pass 100%: a code can be redeemed many"
                  + " times). Undefined when no code was shared.")
          .numerator(LinearSum.of(CODE_REDEMPTIONS))
          .denominator(LinearSum.of(CODES_SHARED))
          .unit(MetricUnit.RATIO)
          .build();

  /** Share of queries solved on social: {@code solved / received}. */
  public static final RatioKpi SOCIAL_RESOLUTION_RATE =
      RatioKpi.builder(MetricId.of("acme.social_resolution_rate"))
          .name("Social resolution rate")
          .description(
              "acme.social_queries_solved / acme.social_queries: the share of customer queries"
                  + " received on social that were solved there, as a ratio from 0 to 100%."
                  + " Undefined when no query came in.")
          .numerator(LinearSum.of(SOCIAL_QUERIES_SOLVED))
          .denominator(LinearSum.of(SOCIAL_QUERIES))
          .unit(MetricUnit.RATIO)
          .build();

  /** Mastodon, which the built-in engagement sets do not know. */
  public static final Platform MASTODON = Platform.of("mastodon", "Mastodon");

  private static final List<RatioKpi> RATES = List.of(CODE_REDEMPTION_RATE, SOCIAL_RESOLUTION_RATE);

  private static final List<MetricDefinition> DEFINITIONS = collect();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public DiscountCodeMetrics() {}

  private static List<MetricDefinition> collect() {
    List<MetricDefinition> all = new ArrayList<>();
    all.add(count(CODES_SHARED, "Codes shared on social", "Discount codes shared only on social."));
    all.add(
        count(
            CODE_REDEMPTIONS,
            "Code redemptions",
            "Redemptions, in the shop, of discount codes shared only on social; a code redeemed"
                + " twice counts twice."));
    all.add(
        count(
            SOCIAL_QUERIES,
            "Customer queries on social",
            "Customer queries received on social: comments, mentions and messages asking for"
                + " help."));
    all.add(
        count(
            SOCIAL_QUERIES_SOLVED,
            "Customer queries solved on social",
            "Customer queries solved on social, without moving the customer to another"
                + " channel."));
    for (RatioKpi kpi : RATES) {
      all.add(kpi.toDefinition());
    }
    return List.copyOf(all);
  }

  private static MetricDefinition count(MetricId id, String name, String description) {
    return MetricDefinition.builder(id)
        .name(name)
        .description(description)
        .unit(MetricUnit.COUNT)
        .polarity(Polarity.HIGHER_IS_BETTER)
        .additivity(Additivity.ADDITIVE)
        .build();
  }

  /**
   * Returns the plugin's formulas.
   *
   * @return the KPIs, never null
   */
  public static List<RatioKpi> rates() {
    return RATES;
  }

  /**
   * Returns the built-in engagement sets plus one for Mastodon: favourites, boosts and replies,
   * recorded as likes, shares and comments. Pass it to {@code KpiQuery.Builder.engagementSets}.
   *
   * @return the engagement sets, never null
   */
  public static EngagementSets withMastodon() {
    return EngagementSets.defaults()
        .with(MASTODON, Set.of(CoreMetrics.LIKES, CoreMetrics.SHARES, CoreMetrics.COMMENTS));
  }

  /**
   * Returns the rates with their formulas, for {@code KpiRegistry.load()}.
   *
   * @return the KPIs, never null
   */
  @Override
  public Collection<RatioKpi> kpis() {
    return RATES;
  }

  /**
   * Returns Mastodon's engagement set: favourites, boosts and replies, recorded as likes, shares
   * and comments.
   *
   * @return the set by platform, never null
   */
  @Override
  public Map<Platform, Set<MetricId>> engagementSets() {
    return Map.of(MASTODON, withMastodon().forPlatform(MASTODON));
  }

  @Override
  public Collection<MetricDefinition> definitions() {
    return DEFINITIONS;
  }

  @Override
  public String name() {
    return NAME;
  }
}
