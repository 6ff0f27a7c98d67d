package dev.northstar.formulas.kpi;

import dev.northstar.formulas.ratio.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Share of voice, sentiment and mention growth, on given counts. The same formulas over metric
 * tables are {@link Kpis#SHARE_OF_VOICE}, {@link Kpis#POSITIVE_SENTIMENT_SHARE}, {@link
 * Kpis#NET_SENTIMENT} and {@link Kpis#NET_SENTIMENT_EXCLUDING_NEUTRAL}.
 *
 * <pre>{@code
 * VoiceFormulas.shareOfVoice(50, 100, 10, 40).toPercentString();   // "25%"
 * }</pre>
 */
public final class VoiceFormulas {

  private VoiceFormulas() {}

  /**
   * Social share of voice: brand mentions / (brand mentions + competitor mentions). Source:
   * Hootsuite, Sprout Social, Emplifi.
   *
   * @param brandMentions the mentions of the brand, zero or more
   * @param competitorMentions the mentions of each competitor, not null, each zero or more
   * @return the share, undefined when there is no mention at all, never null
   * @throws NullPointerException if {@code competitorMentions} is null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio shareOfVoice(long brandMentions, long... competitorMentions) {
    Checks.count(brandMentions, "brandMentions");
    Objects.requireNonNull(competitorMentions, "competitorMentions must not be null");
    BigDecimal all = BigDecimal.valueOf(brandMentions);
    for (int i = 0; i < competitorMentions.length; i++) {
      all = all.add(BigDecimal.valueOf(Checks.count(competitorMentions[i], competitorField(i))));
    }
    return Ratio.of(BigDecimal.valueOf(brandMentions), all);
  }

  private static String competitorField(int index) {
    return "competitorMentions[" + index + "]";
  }

  /**
   * Positive sentiment share: positive / (positive + negative + neutral).
   *
   * @param positive the positive mentions, zero or more
   * @param negative the negative mentions, zero or more
   * @param neutral the neutral mentions, zero or more
   * @return the share, undefined when all three are 0, never null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio positiveSentimentShare(long positive, long negative, long neutral) {
    return Ratio.of(BigDecimal.valueOf(positive), classified(positive, negative, neutral));
  }

  /**
   * Net sentiment: (positive - negative) / (positive + negative + neutral), from -1 to 1 (shown as
   * -100% to +100%).
   *
   * @param positive the positive mentions, zero or more
   * @param negative the negative mentions, zero or more
   * @param neutral the neutral mentions, zero or more
   * @return the net sentiment, undefined when all three are 0, never null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio netSentiment(long positive, long negative, long neutral) {
    return Ratio.of(
        BigDecimal.valueOf(positive).subtract(BigDecimal.valueOf(negative)),
        classified(positive, negative, neutral));
  }

  /**
   * Net sentiment excluding neutral: (positive - negative) / (positive + negative).
   *
   * @param positive the positive mentions, zero or more
   * @param negative the negative mentions, zero or more
   * @return the net sentiment, undefined when both are 0, never null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio netSentimentExcludingNeutral(long positive, long negative) {
    return netSentiment(positive, negative, 0);
  }

  /**
   * Mention growth: (mentions this period - previous) / previous.
   *
   * @param previousMentions the mentions in the previous period, zero or more
   * @param currentMentions the mentions in this period, zero or more
   * @return the growth, whose rate is undefined when the previous period had none, never null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Growth mentionGrowth(long previousMentions, long currentMentions) {
    return new Growth(previousMentions, currentMentions);
  }

  private static BigDecimal classified(long positive, long negative, long neutral) {
    return BigDecimal.valueOf(Checks.count(positive, "positive"))
        .add(BigDecimal.valueOf(Checks.count(negative, "negative")))
        .add(BigDecimal.valueOf(Checks.count(neutral, "neutral")));
  }
}
