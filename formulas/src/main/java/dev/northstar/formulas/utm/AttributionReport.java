package dev.northstar.formulas.utm;

import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.internal.TextTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The result of {@link UtmAttribution#attribute(Iterable)}: totals per campaign and per platform,
 * the untagged and the excluded visits, every problem and every source that is no known platform.
 *
 * <p>Every visit is counted exactly once: in a campaign (and, when its source is a platform, in
 * that platform), in {@link #untagged()}, or in {@link #excluded()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AttributionReport {

  private final List<CampaignTotals> campaigns;
  private final SortedMap<Platform, VisitTotals> platforms;
  private final VisitTotals untagged;
  private final VisitTotals excluded;
  private final List<UtmProblem> problems;
  private final SortedSet<String> unknownSources;

  AttributionReport(
      List<CampaignTotals> campaigns,
      SortedMap<Platform, VisitTotals> platforms,
      VisitTotals untagged,
      VisitTotals excluded,
      List<UtmProblem> problems,
      SortedSet<String> unknownSources) {
    this.campaigns = List.copyOf(campaigns);
    this.platforms = Collections.unmodifiableSortedMap(new TreeMap<>(platforms));
    this.untagged = untagged;
    this.excluded = excluded;
    this.problems = List.copyOf(problems);
    this.unknownSources = Collections.unmodifiableSortedSet(new TreeSet<>(unknownSources));
  }

  /**
   * Returns the totals per source, medium and campaign, sorted by them.
   *
   * @return an unmodifiable list, never null
   */
  public List<CampaignTotals> campaigns() {
    return campaigns;
  }

  /**
   * Returns the totals per platform, over campaigns whose source is a platform.
   *
   * @return an unmodifiable map sorted by platform id, never null
   */
  public SortedMap<Platform, VisitTotals> platforms() {
    return platforms;
  }

  /**
   * Returns the totals of visits whose landing page has no {@code utm_} parameter.
   *
   * @return the totals, never null
   */
  public VisitTotals untagged() {
    return untagged;
  }

  /**
   * Returns the totals of visits left out because their landing page has a problem.
   *
   * @return the totals, never null
   */
  public VisitTotals excluded() {
    return excluded;
  }

  /**
   * Returns every problem, in the order of the visits (a URL's problems once per visit row).
   *
   * @return an unmodifiable list, never null
   */
  public List<UtmProblem> problems() {
    return problems;
  }

  /**
   * Returns the sources that are no known platform and have no explicit mapping.
   *
   * @return an unmodifiable sorted set, never null
   */
  public SortedSet<String> unknownSources() {
    return unknownSources;
  }

  /**
   * Returns the report as text: a table of campaigns, one of platforms, the untagged and excluded
   * totals, the unknown sources and the problems.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    List<List<String>> rows = new ArrayList<>();
    for (CampaignTotals c : campaigns) {
      rows.add(
          List.of(
              c.source(),
              c.medium(),
              c.campaign(),
              c.platformOfSource().map(Platform::id).orElse("(unknown)"),
              Long.toString(c.totals().sessions()),
              Long.toString(c.totals().leads()),
              Long.toString(c.totals().conversions()),
              c.totals().conversionRate().toPercentString()));
    }
    StringBuilder s = new StringBuilder("UTM attribution by campaign\n");
    s.append(
        TextTable.render(
            List.of(
                "source",
                "medium",
                "campaign",
                "platform",
                "sessions",
                "leads",
                "conversions",
                "conversion rate"),
            rows,
            4));
    List<List<String>> byPlatform = new ArrayList<>();
    for (Map.Entry<Platform, VisitTotals> e : platforms.entrySet()) {
      VisitTotals t = e.getValue();
      byPlatform.add(
          List.of(
              e.getKey().id(),
              Long.toString(t.sessions()),
              Long.toString(t.leads()),
              Long.toString(t.conversions()),
              t.conversionRate().toPercentString()));
    }
    s.append("By platform\n")
        .append(
            TextTable.render(
                List.of("platform", "sessions", "leads", "conversions", "conversion rate"),
                byPlatform,
                1));
    s.append(line("untagged", untagged)).append(line("excluded", excluded));
    if (!unknownSources.isEmpty()) {
      s.append("sources that are no known platform: ")
          .append(String.join(", ", unknownSources))
          .append('\n');
    }
    for (UtmProblem p : problems) {
      s.append("problem: ").append(p).append('\n');
    }
    return s.toString();
  }

  private static String line(String what, VisitTotals t) {
    return what
        + ": "
        + t.visits()
        + " visit rows, "
        + t.sessions()
        + " sessions, "
        + t.leads()
        + " leads, "
        + t.conversions()
        + " conversions\n";
  }
}
