package dev.northstar.formulas.kpi;

import java.util.Collection;
import java.util.Objects;

/**
 * Audience formulas: growth rate, net follower change and potential reach.
 *
 * <pre>{@code
 * AudienceFormulas.growth(0, 250).rate().isDefined();   // false: no start to grow from
 * AudienceFormulas.growth(0, 250).netChange();          // 250
 * }</pre>
 */
public final class AudienceFormulas {

  private AudienceFormulas() {}

  /**
   * Audience growth rate ({@code audience_growth_rate}): (followers at end - followers at start) /
   * followers at start. Source: Hootsuite, Sprout Social.
   *
   * @param followersAtStart the followers at the start of the period, zero or more
   * @param followersAtEnd the followers at the end of the period, zero or more
   * @return the growth, whose rate is undefined when the start is 0 and whose net change is always
   *     known, never null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Growth growth(long followersAtStart, long followersAtEnd) {
    return new Growth(followersAtStart, followersAtEnd);
  }

  /**
   * Net follower change ({@code net_follower_change}): followers gained - followers lost.
   *
   * @param gained the followers gained in the period, zero or more
   * @param lost the followers lost in the period, zero or more
   * @return the net change, negative when more left than came
   * @throws IllegalArgumentException if a count is negative
   */
  public static long netFollowerChange(long gained, long lost) {
    // Both are zero or more, so the difference cannot overflow.
    return Checks.count(gained, "gained") - Checks.count(lost, "lost");
  }

  /**
   * Potential reach ({@code potential_reach}): the sum of the followers of the accounts that posted
   * or shared. It is an upper bound of the people reached, since one person may follow several of
   * the accounts. Source: Hootsuite.
   *
   * @param followerCounts the followers of each account that posted or shared, not null, no null or
   *     negative element; empty gives 0
   * @return the potential reach, zero or more
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalArgumentException if a count is negative, or the sum exceeds {@link
   *     Long#MAX_VALUE}
   */
  public static long potentialReach(Collection<Long> followerCounts) {
    Objects.requireNonNull(followerCounts, "followerCounts must not be null");
    long total = 0;
    int index = 0;
    for (Long count : followerCounts) {
      String field = "followerCounts[" + index + "]";
      Objects.requireNonNull(count, () -> field + " must not be null");
      total = Checks.sum(total, Checks.count(count, field), "potential reach");
      index++;
    }
    return total;
  }
}
