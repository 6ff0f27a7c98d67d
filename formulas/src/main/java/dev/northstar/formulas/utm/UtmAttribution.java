package dev.northstar.formulas.utm;

import dev.northstar.core.scope.Platform;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Attributes sessions, leads and conversions of landing pages to the source, medium and campaign of
 * their UTM tags, and each source to a platform.
 *
 * <pre>{@code
 * UtmAttribution attribution = UtmAttribution.builder()
 *     .platform("fb", Platform.FACEBOOK)   // sources that are not platform ids, stated explicitly
 *     .build();
 * AttributionReport report = attribution.attribute(visits);
 * report.campaigns();   // per source, medium and campaign
 * report.problems();    // every bad URL or tag, and why
 * }</pre>
 *
 * <p>A source is a platform when it is exactly a well-known platform id ({@code facebook}, {@code
 * instagram}, {@code linkedin}, {@code x}, {@code tiktok}, ...) or is mapped with {@link
 * Builder#platform(String, Platform)}; anything else ({@code Facebook}, {@code fb}, {@code
 * newsletter}) keeps its campaign totals but no platform, and is listed in {@link
 * AttributionReport#unknownSources()}: sources are never guessed.
 *
 * <p>Visits whose landing page has a problem ({@link LandingPage}) are attributed to nothing: their
 * totals are in {@link AttributionReport#excluded()} and each problem in {@link
 * AttributionReport#problems()}. Visits without any {@code utm_} parameter are in {@link
 * AttributionReport#untagged()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UtmAttribution {

  private final Map<String, Platform> platforms;

  private UtmAttribution(Map<String, Platform> platforms) {
    this.platforms = Map.copyOf(platforms);
  }

  /**
   * Returns the attribution that knows only the well-known platform ids.
   *
   * @return the attribution, never null
   */
  public static UtmAttribution standard() {
    return builder().build();
  }

  /**
   * Starts a builder with no explicit source mapping.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the platform of a source: an explicit mapping, else a well-known platform whose id is
   * exactly the source.
   *
   * @param source the {@code utm_source}, not null
   * @return the platform, or empty if the source is none
   * @throws NullPointerException if {@code source} is null
   */
  public java.util.Optional<Platform> platformOf(String source) {
    Objects.requireNonNull(source, "source must not be null");
    Platform mapped = platforms.get(source);
    if (mapped != null) {
      return java.util.Optional.of(mapped);
    }
    for (Platform p : Platform.wellKnown()) {
      if (p.id().equals(source)) {
        return java.util.Optional.of(p);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Attributes visits.
   *
   * @param visits the visits, not null, no null elements
   * @return the report, never null
   * @throws NullPointerException if {@code visits} or a visit is null
   * @throws ArithmeticException if a sum overflows a {@code long}: the message names the sum, its
   *     values, and the visit (counted from 1) and landing page where it overflowed
   */
  public AttributionReport attribute(Iterable<LandingVisit> visits) {
    Objects.requireNonNull(visits, "visits must not be null");
    Map<List<String>, VisitTotals> byCampaign = new HashMap<>();
    SortedMap<Platform, VisitTotals> byPlatform = new TreeMap<>();
    SortedSet<String> unknownSources = new TreeSet<>();
    List<UtmProblem> problems = new ArrayList<>();
    VisitTotals untagged = VisitTotals.NONE;
    VisitTotals excluded = VisitTotals.NONE;
    Map<String, LandingPage> parsed = new LinkedHashMap<>();
    long n = 0;
    for (LandingVisit v : visits) {
      Objects.requireNonNull(v, "visit must not be null");
      n++;
      try {
        LandingPage page = parsed.computeIfAbsent(v.landingUrl(), LandingPage::parse);
        if (!page.problems().isEmpty()) {
          excluded = excluded.plus(v);
          problems.addAll(page.problems());
          continue;
        }
        UtmTags tags = page.tags().orElse(null);
        if (tags == null) {
          untagged = untagged.plus(v);
          continue;
        }
        byCampaign.merge(
            List.of(tags.source(), tags.medium(), tags.campaign()),
            VisitTotals.NONE.plus(v),
            VisitTotals::plus);
        java.util.Optional<Platform> platform = platformOf(tags.source());
        if (platform.isPresent()) {
          byPlatform.merge(platform.get(), VisitTotals.NONE.plus(v), VisitTotals::plus);
        } else {
          unknownSources.add(tags.source());
        }
      } catch (ArithmeticException e) {
        throw new ArithmeticException(
            e.getMessage()
                + ", at visit "
                + n
                + " (landing page '"
                + shorten(v.landingUrl())
                + "')");
      }
    }
    List<CampaignTotals> campaigns = new ArrayList<>();
    for (Map.Entry<List<String>, VisitTotals> e : byCampaign.entrySet()) {
      List<String> k = e.getKey();
      campaigns.add(
          new CampaignTotals(
              k.get(0), k.get(1), k.get(2), platformOf(k.get(0)).orElse(null), e.getValue()));
    }
    campaigns.sort(CampaignTotals.ORDER);
    return new AttributionReport(
        campaigns, byPlatform, untagged, excluded, problems, unknownSources);
  }

  /**
   * Attributes the rows of a metric table, such as a CSV export of an analytics tool read with
   * {@code MetricCsv}: each row is a visit whose landing URL is a dimension and whose sessions,
   * leads and conversions are count measures. A row missing its URL or a count is not attributed:
   * it is reported in {@link AttributionReport#problems()} (naming the row, from 0) and its present
   * counts are added to {@link AttributionReport#excluded()}; a missing count is never read as
   * zero.
   *
   * @param table the table, not null
   * @param landingUrl the dimension holding the landing URL, not null
   * @param sessions the count measure of sessions, not null
   * @param leads the count measure of leads, not null
   * @param conversions the count measure of conversions, not null
   * @return the report, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the table lacks the dimension or a measure, or a measure is
   *     an amount rather than a count
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public AttributionReport attribute(
      dev.northstar.formulas.table.MetricTable table,
      dev.northstar.formulas.table.Dimension landingUrl,
      dev.northstar.core.metric.MetricId sessions,
      dev.northstar.core.metric.MetricId leads,
      dev.northstar.core.metric.MetricId conversions) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(landingUrl, "landingUrl must not be null");
    List<dev.northstar.core.metric.MetricId> counts = List.of(sessions, leads, conversions);
    for (dev.northstar.core.metric.MetricId m : counts) {
      dev.northstar.formulas.table.Measure measure =
          table
              .schema()
              .measure(m)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the table has no measure '"
                              + m
                              + "'; it has "
                              + table.schema().measures()));
      if (measure.isAmount()) {
        throw new IllegalArgumentException(
            "measure '" + m + "' is an amount; sessions, leads and conversions are counts");
      }
    }
    if (table.schema().indexOf(landingUrl) < 0) {
      throw new IllegalArgumentException(
          "the table has no dimension '" + landingUrl + "'; it has " + table.schema().dimensions());
    }
    List<LandingVisit> visits = new ArrayList<>();
    List<UtmProblem> rowProblems = new ArrayList<>();
    VisitTotals incomplete = VisitTotals.NONE;
    for (int r = 0; r < table.rowCount(); r++) {
      String url = table.dimensionValue(landingUrl, r).orElse(null);
      long[] v = new long[3];
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        java.util.Optional<java.math.BigDecimal> value = table.value(counts.get(i), r);
        if (value.isPresent()) {
          v[i] = value.get().longValueExact();
        } else {
          missing.add(counts.get(i).value());
        }
      }
      if (url != null && missing.isEmpty()) {
        visits.add(new LandingVisit(url, v[0], v[1], v[2]));
        continue;
      }
      incomplete = incomplete.plus(new LandingVisit(url == null ? "" : url, v[0], v[1], v[2]));
      if (url == null) {
        missing.add(0, landingUrl.id());
      }
      rowProblems.add(
          new UtmProblem(
              url == null ? "(row " + r + ")" : url,
              null,
              null,
              "row "
                  + r
                  + " has no "
                  + String.join(", no ", missing)
                  + "; the visit is not attributed, and a missing count is not read as zero"));
    }
    AttributionReport report = attribute(visits);
    List<UtmProblem> problems = new ArrayList<>(rowProblems);
    problems.addAll(report.problems());
    return new AttributionReport(
        report.campaigns(),
        report.platforms(),
        report.untagged(),
        report.excluded().plus(incomplete),
        problems,
        report.unknownSources());
  }

  /** A mutable builder of {@link UtmAttribution}; not thread-safe. */
  public static final class Builder {
    private final Map<String, Platform> platforms = new HashMap<>();

    private Builder() {}

    /**
     * Says that a {@code utm_source} value stands for a platform, such as {@code fb} for Facebook.
     *
     * @param source the exact source value, not null, not blank
     * @param platform the platform, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the source is blank or already mapped to another platform
     */
    public Builder platform(String source, Platform platform) {
      Objects.requireNonNull(source, "source must not be null");
      Objects.requireNonNull(platform, "platform must not be null");
      if (source.isBlank()) {
        throw new IllegalArgumentException("source must not be blank");
      }
      Platform before = platforms.putIfAbsent(source, platform);
      if (before != null && !before.equals(platform)) {
        throw new IllegalArgumentException(
            "source '" + source + "' is already mapped to " + before + ", not " + platform);
      }
      return this;
    }

    /**
     * Builds the attribution.
     *
     * @return the attribution, never null
     */
    public UtmAttribution build() {
      return new UtmAttribution(platforms);
    }
  }

  private static String shorten(String url) {
    return url.length() <= 200 ? url : url.substring(0, 197) + "...";
  }
}
