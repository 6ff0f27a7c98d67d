package dev.northstar.core.metric;

import java.util.List;

/**
 * The raw metrics that goals are written against: audience, reach, interactions, traffic, leads,
 * sales and money. Computed KPIs (rates, costs, returns) come from the formulas module.
 *
 * <p>{@link MetricRegistry#load()} always contains these definitions, under the source {@link
 * MetricRegistry#CORE_SOURCE}.
 */
public final class CoreMetrics {

  private CoreMetrics() {}

  /**
   * Followers: People following the account at the end of the day (a snapshot: over time the value
   * is the last one).
   */
  public static final MetricId FOLLOWERS = MetricId.of("followers");

  /** Followers gained: New followers in the period. */
  public static final MetricId FOLLOWERS_GAINED = MetricId.of("followers_gained");

  /** Followers lost: Followers who left in the period. */
  public static final MetricId FOLLOWERS_LOST = MetricId.of("followers_lost");

  /**
   * Reach: Unique people who saw the content. Not additive: a sum of post reach is only summed post
   * reach, not the account's reach.
   */
  public static final MetricId REACH = MetricId.of("reach");

  /** Impressions: Times the content was shown, counting repeats. */
  public static final MetricId IMPRESSIONS = MetricId.of("impressions");

  /**
   * Engagements: Interactions counted as engagement on the platform (likes, comments, shares,
   * saves...).
   */
  public static final MetricId ENGAGEMENTS = MetricId.of("engagements");

  /** Likes: Likes or reactions. */
  public static final MetricId LIKES = MetricId.of("likes");

  /** Comments: Comments or replies. */
  public static final MetricId COMMENTS = MetricId.of("comments");

  /** Shares: Shares, reposts or retweets. */
  public static final MetricId SHARES = MetricId.of("shares");

  /** Saves: Saves or bookmarks. */
  public static final MetricId SAVES = MetricId.of("saves");

  /** Clicks: Clicks on the content. */
  public static final MetricId CLICKS = MetricId.of("clicks");

  /** Link clicks: Clicks on links in the content. */
  public static final MetricId LINK_CLICKS = MetricId.of("link_clicks");

  /** Video views: Views of video content. */
  public static final MetricId VIDEO_VIEWS = MetricId.of("video_views");

  /** Posts: Posts published. */
  public static final MetricId POSTS = MetricId.of("posts");

  /** Mentions: Mentions of the brand. */
  public static final MetricId MENTIONS = MetricId.of("mentions");

  /** Site visits from social: Website sessions that came from social networks. */
  public static final MetricId SITE_VISITS = MetricId.of("site_visits");

  /** Page views: Views of a web page; the scope's content names the page. */
  public static final MetricId PAGE_VIEWS = MetricId.of("page_views");

  /** Leads: New leads: form fills, sign-ups, gated downloads. */
  public static final MetricId LEADS = MetricId.of("leads");

  /** Conversions: Completed conversion actions. */
  public static final MetricId CONVERSIONS = MetricId.of("conversions");

  /** Sales: Units or orders sold. */
  public static final MetricId SALES = MetricId.of("sales");

  /** Revenue: Revenue in the account's currency. */
  public static final MetricId REVENUE = MetricId.of("revenue");

  /** Spend: Money spent, such as on ads. */
  public static final MetricId SPEND = MetricId.of("spend");

  /** Subscribers: E-mail, newsletter or webinar sign-ups. */
  public static final MetricId SUBSCRIBERS = MetricId.of("subscribers");

  /** Influencers signed: Influencers recruited on free or paid contracts. */
  public static final MetricId INFLUENCERS = MetricId.of("influencers");

  /** Response time: Time until the first reply to a customer message. */
  public static final MetricId RESPONSE_TIME = MetricId.of("response_time");

  /** Review rating: Average review rating, on the platform's scale. */
  public static final MetricId REVIEW_RATING = MetricId.of("review_rating");

  // the synonyms per language are data: synonyms.properties next to this class
  private static final List<MetricDefinition> DEFINITIONS =
      MetricSynonyms.addTo(
          definitionsWithoutSynonyms(),
          MetricSynonyms.read(
              CoreMetrics.class.getResourceAsStream("synonyms.properties"),
              "synonyms.properties of dev.northstar.core.metric"));

  private static List<MetricDefinition> definitionsWithoutSynonyms() {
    return List.of(
        MetricDefinition.builder(FOLLOWERS)
            .name("Followers")
            .description(
                "People following the account at the end of the day (a snapshot: over time the value is the last one).")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.SNAPSHOT)
            .accumulation(Accumulation.STOCK)
            .build(),
        MetricDefinition.builder(FOLLOWERS_GAINED)
            .name("Followers gained")
            .description("New followers in the period.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(FOLLOWERS_LOST)
            .name("Followers lost")
            .description("Followers who left in the period.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.LOWER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(REACH)
            .name("Reach")
            .description(
                "Unique people who saw the content. Not additive: a sum of post reach is only summed post reach, not the account's reach.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.NON_ADDITIVE)
            .accumulation(Accumulation.NON_ADDITIVE_FLOW)
            .defaultAggregation(Aggregation.MAX)
            .build(),
        MetricDefinition.builder(IMPRESSIONS)
            .name("Impressions")
            .description("Times the content was shown, counting repeats.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(ENGAGEMENTS)
            .name("Engagements")
            .description(
                "Interactions counted as engagement on the platform (likes, comments, shares, saves...).")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(LIKES)
            .name("Likes")
            .description("Likes or reactions.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(COMMENTS)
            .name("Comments")
            .description("Comments or replies.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(SHARES)
            .name("Shares")
            .description("Shares, reposts or retweets.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(SAVES)
            .name("Saves")
            .description("Saves or bookmarks.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(CLICKS)
            .name("Clicks")
            .description("Clicks on the content.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(LINK_CLICKS)
            .name("Link clicks")
            .description("Clicks on links in the content.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(VIDEO_VIEWS)
            .name("Video views")
            .description("Views of video content.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(POSTS)
            .name("Posts")
            .description("Posts published.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(MENTIONS)
            .name("Mentions")
            .description("Mentions of the brand.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(SITE_VISITS)
            .name("Site visits from social")
            .description("Website sessions that came from social networks.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(PAGE_VIEWS)
            .name("Page views")
            .description("Views of a web page; the scope's content names the page.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(LEADS)
            .name("Leads")
            .description("New leads: form fills, sign-ups, gated downloads.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(CONVERSIONS)
            .name("Conversions")
            .description("Completed conversion actions.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(SALES)
            .name("Sales")
            .description("Units or orders sold.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(REVENUE)
            .name("Revenue")
            .description("Revenue in the account's currency.")
            .unit(MetricUnit.CURRENCY)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(SPEND)
            .name("Spend")
            .description("Money spent, such as on ads.")
            .unit(MetricUnit.CURRENCY)
            .polarity(Polarity.LOWER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(SUBSCRIBERS)
            .name("Subscribers")
            .description("E-mail, newsletter or webinar sign-ups.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(INFLUENCERS)
            .name("Influencers signed")
            .description("Influencers recruited on free or paid contracts.")
            .unit(MetricUnit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.ADDITIVE)
            .accumulation(Accumulation.FLOW)
            .build(),
        MetricDefinition.builder(RESPONSE_TIME)
            .name("Response time")
            .description("Time until the first reply to a customer message.")
            .unit(MetricUnit.DURATION)
            .polarity(Polarity.LOWER_IS_BETTER)
            .additivity(Additivity.NON_ADDITIVE)
            .accumulation(Accumulation.RATE)
            .defaultAggregation(Aggregation.MEAN)
            .build(),
        MetricDefinition.builder(REVIEW_RATING)
            .name("Review rating")
            .description("Average review rating, on the platform's scale.")
            .unit(MetricUnit.SCORE)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .additivity(Additivity.NON_ADDITIVE)
            .accumulation(Accumulation.RATE)
            .defaultAggregation(Aggregation.MEAN)
            .build());
  }

  /**
   * Returns the core definitions, with their synonyms per language, in a fixed order.
   *
   * @return an unmodifiable list, never null
   */
  public static List<MetricDefinition> definitions() {
    return DEFINITIONS;
  }
}
