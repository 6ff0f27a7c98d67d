package dev.northstar.smart.internal;

import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.metric.MetricId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which metrics suit which goal category: the table of DOMAIN.md section 3, by metric id. Core's
 * metrics and the usual ids of computed KPIs (such as {@code err}, {@code ctr}) are listed; a
 * metric in no row is a custom metric that the table cannot judge.
 */
public final class CategoryMetrics {

  private static final Map<GoalCategory, Set<MetricId>> TABLE = build();

  private CategoryMetrics() {}

  private static Map<GoalCategory, Set<MetricId>> build() {
    Map<GoalCategory, Set<MetricId>> t = new EnumMap<>(GoalCategory.class);
    put(
        t,
        GoalCategory.BRAND_AWARENESS,
        "reach",
        "impressions",
        "followers",
        "followers_gained",
        "mentions",
        "shares",
        "video_views",
        "audience_growth_rate",
        "potential_reach",
        "share_of_voice");
    put(
        t,
        GoalCategory.BRAND_REPUTATION,
        "mentions",
        "review_rating",
        "sentiment",
        "branded_search_volume");
    put(
        t,
        GoalCategory.WEBSITE_TRAFFIC,
        "site_visits",
        "page_views",
        "clicks",
        "link_clicks",
        "subscribers",
        "ctr",
        "bounce_rate");
    put(
        t,
        GoalCategory.ENGAGEMENT,
        "engagements",
        "likes",
        "comments",
        "shares",
        "saves",
        "mentions",
        "err",
        "er_post",
        "daily_er",
        "engagement_rate",
        "average_engagement");
    put(
        t,
        GoalCategory.CONVERSIONS,
        "conversions",
        "sales",
        "revenue",
        "clicks",
        "link_clicks",
        "ctr",
        "conversion_rate",
        "social_conversion_rate",
        "bounce_rate");
    put(
        t,
        GoalCategory.LEAD_GENERATION,
        "leads",
        "subscribers",
        "clicks",
        "link_clicks",
        "lead_conversion_rate");
    put(
        t,
        GoalCategory.CUSTOMER_SERVICE,
        "response_time",
        "customer_satisfaction",
        "requests_per_agent");
    put(t, GoalCategory.SOCIAL_LISTENING, "mentions", "sentiment");
    put(t, GoalCategory.RECRUITING, "leads", "candidates");
    put(
        t,
        GoalCategory.COMMUNITY,
        "posts",
        "likes",
        "comments",
        "daily_active_users",
        "subscribers");
    put(t, GoalCategory.PRESS, "reach", "potential_reach", "shares", "mentions", "influencers");
    put(t, GoalCategory.CUSTOMER_RESEARCH, "comments", "conversations", "suggestions");
    put(t, GoalCategory.INFLUENCERS, "influencers");
    put(t, GoalCategory.REVENUE, "revenue", "sales", "spend", "roi", "cost_of_acquisition");
    return Collections.unmodifiableMap(t);
  }

  private static void put(Map<GoalCategory, Set<MetricId>> t, GoalCategory c, String... ids) {
    Set<MetricId> set = new TreeSet<>();
    for (String id : ids) {
      set.add(MetricId.of(id));
    }
    t.put(c, Collections.unmodifiableSet(set));
  }

  /**
   * Returns the metrics that suit a category.
   *
   * @param category the category
   * @return an unmodifiable set sorted by id
   */
  public static Set<MetricId> of(GoalCategory category) {
    return TABLE.getOrDefault(category, Set.of());
  }

  /**
   * Returns the categories a metric suits, in the categories' order.
   *
   * @param metric the metric
   * @return an unmodifiable list, empty for a metric in no row
   */
  public static List<GoalCategory> categoriesOf(MetricId metric) {
    List<GoalCategory> found = new ArrayList<>();
    TABLE.forEach(
        (c, ids) -> {
          if (ids.contains(metric)) {
            found.add(c);
          }
        });
    return List.copyOf(found);
  }
}
