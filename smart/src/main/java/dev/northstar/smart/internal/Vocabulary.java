package dev.northstar.smart.internal;

import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import java.time.Month;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The words the statement parser knows: platforms, metrics, months, time units. */
final class Vocabulary {

  private static final int MAX_NAME = 200;

  private static final Map<String, Platform> PLATFORMS =
      Map.of(
          "facebook", Platform.FACEBOOK,
          "instagram", Platform.INSTAGRAM,
          "linkedin", Platform.LINKEDIN,
          "twitter", Platform.X,
          "tiktok", Platform.TIKTOK,
          "youtube", Platform.YOUTUBE,
          "pinterest", Platform.PINTEREST,
          "snapchat", Platform.SNAPCHAT,
          "reddit", Platform.REDDIT);

  private static final Map<String, MetricId> METRICS =
      Map.ofEntries(
          Map.entry("followers", CoreMetrics.FOLLOWERS),
          Map.entry("follower", CoreMetrics.FOLLOWERS),
          Map.entry("fans", CoreMetrics.FOLLOWERS),
          Map.entry("reach", CoreMetrics.REACH),
          Map.entry("impressions", CoreMetrics.IMPRESSIONS),
          Map.entry("engagement", CoreMetrics.ENGAGEMENTS),
          Map.entry("engagements", CoreMetrics.ENGAGEMENTS),
          Map.entry("interactions", CoreMetrics.ENGAGEMENTS),
          Map.entry("likes", CoreMetrics.LIKES),
          Map.entry("comments", CoreMetrics.COMMENTS),
          Map.entry("shares", CoreMetrics.SHARES),
          Map.entry("retweets", CoreMetrics.SHARES),
          Map.entry("mentions", CoreMetrics.MENTIONS),
          Map.entry("clicks", CoreMetrics.CLICKS),
          Map.entry("visits", CoreMetrics.SITE_VISITS),
          Map.entry("visitors", CoreMetrics.SITE_VISITS),
          Map.entry("traffic", CoreMetrics.SITE_VISITS),
          Map.entry("leads", CoreMetrics.LEADS),
          Map.entry("lead", CoreMetrics.LEADS),
          Map.entry("sales", CoreMetrics.SALES),
          Map.entry("sale", CoreMetrics.SALES),
          Map.entry("orders", CoreMetrics.SALES),
          Map.entry("conversions", CoreMetrics.CONVERSIONS),
          Map.entry("revenue", CoreMetrics.REVENUE),
          Map.entry("dollars", CoreMetrics.REVENUE),
          Map.entry("euros", CoreMetrics.REVENUE),
          Map.entry("subscribers", CoreMetrics.SUBSCRIBERS),
          Map.entry("sign-ups", CoreMetrics.SUBSCRIBERS),
          Map.entry("signups", CoreMetrics.SUBSCRIBERS),
          Map.entry("influencers", CoreMetrics.INFLUENCERS),
          Map.entry("influencer", CoreMetrics.INFLUENCERS),
          Map.entry("posts", CoreMetrics.POSTS));

  /** The category a metric usually measures, for drafts (DOMAIN.md section 3, first fit). */
  private static final Map<MetricId, GoalCategory> CATEGORIES =
      Map.ofEntries(
          Map.entry(CoreMetrics.FOLLOWERS, GoalCategory.BRAND_AWARENESS),
          Map.entry(CoreMetrics.REACH, GoalCategory.BRAND_AWARENESS),
          Map.entry(CoreMetrics.IMPRESSIONS, GoalCategory.BRAND_AWARENESS),
          Map.entry(CoreMetrics.MENTIONS, GoalCategory.BRAND_AWARENESS),
          Map.entry(CoreMetrics.ENGAGEMENTS, GoalCategory.ENGAGEMENT),
          Map.entry(CoreMetrics.LIKES, GoalCategory.ENGAGEMENT),
          Map.entry(CoreMetrics.COMMENTS, GoalCategory.ENGAGEMENT),
          Map.entry(CoreMetrics.SHARES, GoalCategory.ENGAGEMENT),
          Map.entry(CoreMetrics.CLICKS, GoalCategory.WEBSITE_TRAFFIC),
          Map.entry(CoreMetrics.SITE_VISITS, GoalCategory.WEBSITE_TRAFFIC),
          Map.entry(CoreMetrics.PAGE_VIEWS, GoalCategory.WEBSITE_TRAFFIC),
          Map.entry(CoreMetrics.LEADS, GoalCategory.LEAD_GENERATION),
          Map.entry(CoreMetrics.SUBSCRIBERS, GoalCategory.LEAD_GENERATION),
          Map.entry(CoreMetrics.SALES, GoalCategory.CONVERSIONS),
          Map.entry(CoreMetrics.CONVERSIONS, GoalCategory.CONVERSIONS),
          Map.entry(CoreMetrics.REVENUE, GoalCategory.REVENUE),
          Map.entry(CoreMetrics.INFLUENCERS, GoalCategory.INFLUENCERS),
          Map.entry(CoreMetrics.POSTS, GoalCategory.COMMUNITY));

  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("january", Month.JANUARY),
          Map.entry("jan", Month.JANUARY),
          Map.entry("february", Month.FEBRUARY),
          Map.entry("feb", Month.FEBRUARY),
          Map.entry("march", Month.MARCH),
          Map.entry("mar", Month.MARCH),
          Map.entry("april", Month.APRIL),
          Map.entry("apr", Month.APRIL),
          Map.entry("may", Month.MAY),
          Map.entry("june", Month.JUNE),
          Map.entry("jun", Month.JUNE),
          Map.entry("july", Month.JULY),
          Map.entry("jul", Month.JULY),
          Map.entry("august", Month.AUGUST),
          Map.entry("aug", Month.AUGUST),
          Map.entry("september", Month.SEPTEMBER),
          Map.entry("sep", Month.SEPTEMBER),
          Map.entry("sept", Month.SEPTEMBER),
          Map.entry("october", Month.OCTOBER),
          Map.entry("oct", Month.OCTOBER),
          Map.entry("november", Month.NOVEMBER),
          Map.entry("nov", Month.NOVEMBER),
          Map.entry("december", Month.DECEMBER),
          Map.entry("dec", Month.DECEMBER));

  private static final Set<String> TIME_UNITS =
      Set.of("day", "days", "week", "weeks", "month", "months", "year", "years");

  private Vocabulary() {}

  /** The platform a word names: "X" only in capitals and "Threads" only capitalised. */
  static @Nullable Platform platform(Token t) {
    if (t.text.equals("X")) {
      return Platform.X;
    }
    if (t.text.equals("Threads")) {
      return Platform.THREADS;
    }
    return PLATFORMS.get(t.lower);
  }

  /** The metric a word names; "traffic" to a named page means page views. */
  static @Nullable MetricId metric(String lower, boolean pageNamed) {
    MetricId m = METRICS.get(lower);
    if (pageNamed && CoreMetrics.SITE_VISITS.equals(m)) {
      return CoreMetrics.PAGE_VIEWS;
    }
    return m;
  }

  static boolean isAdditive(MetricId metric) {
    for (MetricDefinition d : CoreMetrics.definitions()) {
      if (d.id().equals(metric)) {
        return d.additivity() == Additivity.ADDITIVE;
      }
    }
    return true;
  }

  static @Nullable GoalCategory category(MetricId metric) {
    return CATEGORIES.get(metric);
  }

  static @Nullable Month month(Token t) {
    return t.kind == Token.Kind.WORD ? MONTHS.get(t.lower) : null;
  }

  static boolean isTimeUnit(String lower) {
    return TIME_UNITS.contains(lower);
  }

  /** Cuts a name to the 200 characters a scope allows. */
  static String clip(String name) {
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME).strip();
  }
}
