package dev.northstar.core.campaign;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.time.DateRange;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A named marketing campaign that runs over a period on some platforms, such as "Back to school", 5
 * August to 1 September, on Facebook and X. A goal's {@link dev.northstar.core.scope.Scope} refers
 * to a campaign by its name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Campaign {

  private final String name;
  private final DateRange period;
  private final Set<Platform> platforms;

  private Campaign(String name, DateRange period, Set<Platform> platforms) {
    this.name = name;
    this.period = period;
    this.platforms = platforms;
  }

  /**
   * Obtains a campaign.
   *
   * @param name the name, not blank, at most 200 characters
   * @param period when it runs, not null
   * @param platforms where it runs, not null, no nulls; may be empty while undecided
   * @return the campaign, never null
   * @throws NullPointerException if an argument or a platform is null
   * @throws IllegalArgumentException if the name is blank or too long
   */
  public static Campaign of(String name, DateRange period, Collection<Platform> platforms) {
    TreeSet<Platform> set = new TreeSet<>();
    for (Platform p : Checks.notNull(platforms, "platforms")) {
      set.add(Checks.notNull(p, "platform"));
    }
    return new Campaign(
        Checks.text(name, "campaign name", 200),
        Checks.notNull(period, "period"),
        Collections.unmodifiableSet(set));
  }

  /**
   * Obtains a campaign.
   *
   * @param name the name, not blank, at most 200 characters
   * @param period when it runs, not null
   * @param platforms where it runs, not null, no nulls
   * @return the campaign, never null
   * @throws NullPointerException if an argument or a platform is null
   * @throws IllegalArgumentException if the name is blank or too long
   */
  public static Campaign of(String name, DateRange period, Platform... platforms) {
    return of(name, period, Arrays.asList(Checks.notNull(platforms, "platforms")));
  }

  /**
   * Returns the name.
   *
   * @return the name, never blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns when the campaign runs.
   *
   * @return the period, never null
   */
  public DateRange period() {
    return period;
  }

  /**
   * Returns where the campaign runs, sorted by id.
   *
   * @return an unmodifiable set, never null
   */
  public Set<Platform> platforms() {
    return platforms;
  }

  /**
   * Returns a copy with another period.
   *
   * @param newPeriod the period, not null
   * @return the changed campaign, never null
   */
  public Campaign withPeriod(DateRange newPeriod) {
    return new Campaign(name, Checks.notNull(newPeriod, "period"), platforms);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Campaign other
        && other.name.equals(name)
        && other.period.equals(period)
        && other.platforms.equals(platforms);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + period.hashCode()) * 31 + platforms.hashCode();
  }

  /**
   * Returns a readable form, such as {@code Campaign["Back to school" 2026-08-05/2026-09-01 on
   * [facebook, x]]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Campaign[\"" + name + "\" " + period + " on " + platforms + "]";
  }
}
