package dev.northstar.formulas.kpi;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of built-in KPIs that are ratios of sums of row measures, as defined in the
 * project's formula contract ({@code FORMULAS.md}): engagement rates, costs, returns, web traffic,
 * voice, sentiment and customer service.
 *
 * <p>Every constant names its formula, unit, source and when it is undefined. Rates are exact
 * {@linkplain dev.northstar.formulas.ratio.Ratio ratios} stored as fractions (0.05, shown as 5%);
 * costs are amounts in the spend's currency ({@link MetricUnit#CURRENCY}, lower is better). The
 * measure {@code engagements} stands for the platform's {@linkplain EngagementSets engagement set}.
 * Where sources disagree the variants have ids of their own ({@link #AMPLIFICATION_RATE} and {@link
 * #SHARES_PER_POST}; {@link #CONVERSION_RATE_BY_CLICKS} and {@link #CONVERSION_RATE_BY_SESSIONS};
 * {@link #GA4_BOUNCE_RATE} and {@link #BOUNCE_RATE}).
 *
 * <p>Formulas that are not ratios of sums (daily engagement rate, audience growth, CLV, average
 * response time...) are in {@link EngagementFormulas}, {@link AudienceFormulas}, {@link
 * ReturnFormulas} and {@link ServiceFormulas}, with their ids in {@link DerivedMetrics}. The same
 * ratios on given values, with {@link dev.northstar.core.money.Money} for costs and returns, are in
 * {@link CostFormulas}, {@link ReturnFormulas} and {@link VoiceFormulas}; {@link Nps} and {@link
 * Csat} tally survey answers into the measures of {@link #NPS} and {@link #CSAT}.
 *
 * <pre>{@code
 * Kpis.ERR.evaluate(KpiInputs.of(CoreMetrics.ENGAGEMENTS, 150, CoreMetrics.REACH, 3_000));
 * // Optional[150/3000], 5%
 * Kpis.get(MetricId.of("cpm")).factor();   // 1000
 * }</pre>
 */
public final class Kpis {

  private Kpis() {}

  /**
   * Engagement rate by reach ({@code err}): engagements / reach.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Hootsuite, Sprout Social, Rival IQ. Undefined when
   * reach is 0. Over many rows the denominator is summed post reach, not the account's reach.
   */
  public static final RatioKpi ERR =
      kpi(
              "err",
              "Engagement rate by reach",
              LinearSum.of(CoreMetrics.ENGAGEMENTS),
              LinearSum.of(CoreMetrics.REACH))
          .description(
              "engagements / reach. Source: Hootsuite, Sprout Social, Rival IQ. "
                  + "Undefined when reach is 0. Over many rows the denominator is summed "
                  + "post reach, not the account's reach.")
          .build();

  /**
   * Engagement rate by followers (per post) ({@code er_post}): engagements / followers at posting
   * time.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Hootsuite, Rival IQ, Iconosquare. Each row's
   * followers must be the snapshot at the time of posting. Undefined when followers are 0.
   */
  public static final RatioKpi ER_POST =
      kpi(
              "er_post",
              "Engagement rate by followers (per post)",
              LinearSum.of(CoreMetrics.ENGAGEMENTS),
              LinearSum.of(CoreMetrics.FOLLOWERS))
          .description(
              "engagements / followers at posting time. Source: Hootsuite, Rival IQ, "
                  + "Iconosquare. Each row's followers must be the snapshot at the time of "
                  + "posting. Undefined when followers are 0.")
          .build();

  /**
   * Engagement rate by impressions ({@code er_impressions}): engagements / impressions.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Hootsuite, X Ads API derived metrics. Undefined when
   * impressions are 0.
   */
  public static final RatioKpi ER_IMPRESSIONS =
      kpi(
              "er_impressions",
              "Engagement rate by impressions",
              LinearSum.of(CoreMetrics.ENGAGEMENTS),
              LinearSum.of(CoreMetrics.IMPRESSIONS))
          .description(
              "engagements / impressions. Source: Hootsuite, X Ads API derived "
                  + "metrics. Undefined when impressions are 0.")
          .build();

  /**
   * Engagement rate by video views ({@code er_views}): engagements / video views.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Hootsuite. Undefined when video views are 0.
   */
  public static final RatioKpi ER_VIEWS =
      kpi(
              "er_views",
              "Engagement rate by video views",
              LinearSum.of(CoreMetrics.ENGAGEMENTS),
              LinearSum.of(CoreMetrics.VIDEO_VIEWS))
          .description(
              "engagements / video views. Source: Hootsuite. Undefined when video "
                  + "views are 0.")
          .build();

  /**
   * Average engagement per post ({@code avg_engagement_per_post}): engagements / posts (a count per
   * post, not a rate).
   *
   * <p>Unit: {@link MetricUnit#COUNT}. Source: Sprout Social, Buffer. Undefined when no post was
   * published.
   */
  public static final RatioKpi AVG_ENGAGEMENT_PER_POST =
      kpi(
              "avg_engagement_per_post",
              "Average engagement per post",
              LinearSum.of(CoreMetrics.ENGAGEMENTS),
              LinearSum.of(CoreMetrics.POSTS))
          .unit(MetricUnit.COUNT)
          .description(
              "engagements / posts (a count per post, not a rate). Source: Sprout "
                  + "Social, Buffer. Undefined when no post was published.")
          .build();

  /**
   * Cost per engagement ({@code cpe}): spend / engagements, in the spend's currency.
   *
   * <p>Unit: {@link MetricUnit#CURRENCY}, lower is better. Source: Meta ads metrics, X Ads API
   * derived metrics. Undefined when there was no engagement.
   */
  public static final RatioKpi CPE =
      kpi(
              "cpe",
              "Cost per engagement",
              LinearSum.of(CoreMetrics.SPEND),
              LinearSum.of(CoreMetrics.ENGAGEMENTS))
          .unit(MetricUnit.CURRENCY)
          .polarity(Polarity.LOWER_IS_BETTER)
          .description(
              "spend / engagements, in the spend's currency. Source: Meta ads "
                  + "metrics, X Ads API derived metrics. Undefined when there was no "
                  + "engagement.")
          .build();

  /**
   * Amplification rate ({@code amplification_rate}): shares / followers (the percent variant; see
   * SHARES_PER_POST for Kaushik's original).
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Avinash Kaushik, Hootsuite. Undefined when followers
   * are 0.
   */
  public static final RatioKpi AMPLIFICATION_RATE =
      kpi(
              "amplification_rate",
              "Amplification rate",
              LinearSum.of(CoreMetrics.SHARES),
              LinearSum.of(CoreMetrics.FOLLOWERS))
          .description(
              "shares / followers (the percent variant; see SHARES_PER_POST for "
                  + "Kaushik's original). Source: Avinash Kaushik, Hootsuite. Undefined "
                  + "when followers are 0.")
          .build();

  /**
   * Applause rate ({@code applause_rate}): likes / followers (the percent variant; see
   * LIKES_PER_POST for Kaushik's original).
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Avinash Kaushik, Hootsuite. Undefined when followers
   * are 0.
   */
  public static final RatioKpi APPLAUSE_RATE =
      kpi(
              "applause_rate",
              "Applause rate",
              LinearSum.of(CoreMetrics.LIKES),
              LinearSum.of(CoreMetrics.FOLLOWERS))
          .description(
              "likes / followers (the percent variant; see LIKES_PER_POST for "
                  + "Kaushik's original). Source: Avinash Kaushik, Hootsuite. Undefined "
                  + "when followers are 0.")
          .build();

  /**
   * Conversation rate ({@code conversation_rate}): comments / followers (the percent variant; see
   * COMMENTS_PER_POST for Kaushik's original).
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Avinash Kaushik, Hootsuite. Undefined when followers
   * are 0.
   */
  public static final RatioKpi CONVERSATION_RATE =
      kpi(
              "conversation_rate",
              "Conversation rate",
              LinearSum.of(CoreMetrics.COMMENTS),
              LinearSum.of(CoreMetrics.FOLLOWERS))
          .description(
              "comments / followers (the percent variant; see COMMENTS_PER_POST for "
                  + "Kaushik's original). Source: Avinash Kaushik, Hootsuite. Undefined "
                  + "when followers are 0.")
          .build();

  /**
   * Amplification rate (shares per post) ({@code shares_per_post}): shares / posts.
   *
   * <p>Unit: {@link MetricUnit#COUNT}. Source: Avinash Kaushik's original amplification rate.
   * Undefined when no post was published.
   */
  public static final RatioKpi SHARES_PER_POST =
      kpi(
              "shares_per_post",
              "Amplification rate (shares per post)",
              LinearSum.of(CoreMetrics.SHARES),
              LinearSum.of(CoreMetrics.POSTS))
          .unit(MetricUnit.COUNT)
          .description(
              "shares / posts. Source: Avinash Kaushik's original amplification rate."
                  + " Undefined when no post was published.")
          .build();

  /**
   * Applause rate (likes per post) ({@code likes_per_post}): likes / posts.
   *
   * <p>Unit: {@link MetricUnit#COUNT}. Source: Avinash Kaushik's original applause rate. Undefined
   * when no post was published.
   */
  public static final RatioKpi LIKES_PER_POST =
      kpi(
              "likes_per_post",
              "Applause rate (likes per post)",
              LinearSum.of(CoreMetrics.LIKES),
              LinearSum.of(CoreMetrics.POSTS))
          .unit(MetricUnit.COUNT)
          .description(
              "likes / posts. Source: Avinash Kaushik's original applause rate. "
                  + "Undefined when no post was published.")
          .build();

  /**
   * Conversation rate (comments per post) ({@code comments_per_post}): comments / posts.
   *
   * <p>Unit: {@link MetricUnit#COUNT}. Source: Avinash Kaushik's original conversation rate.
   * Undefined when no post was published.
   */
  public static final RatioKpi COMMENTS_PER_POST =
      kpi(
              "comments_per_post",
              "Conversation rate (comments per post)",
              LinearSum.of(CoreMetrics.COMMENTS),
              LinearSum.of(CoreMetrics.POSTS))
          .unit(MetricUnit.COUNT)
          .description(
              "comments / posts. Source: Avinash Kaushik's original conversation "
                  + "rate. Undefined when no post was published.")
          .build();

  /**
   * Virality rate ({@code virality_rate}): shares / impressions.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Hootsuite. Undefined when impressions are 0.
   */
  public static final RatioKpi VIRALITY_RATE =
      kpi(
              "virality_rate",
              "Virality rate",
              LinearSum.of(CoreMetrics.SHARES),
              LinearSum.of(CoreMetrics.IMPRESSIONS))
          .description(
              "shares / impressions. Source: Hootsuite. Undefined when impressions " + "are 0.")
          .build();

  /**
   * Frequency ({@code frequency}): impressions / reach: times each reached person saw the content,
   * on average (such as 1.5).
   *
   * <p>Unit: {@link MetricUnit#COUNT}. Source: Meta ads metrics. Undefined when reach is 0. Over
   * many rows the denominator is summed post reach, which undercounts the true frequency's
   * denominator only when people are reached twice.
   */
  public static final RatioKpi FREQUENCY =
      kpi(
              "frequency",
              "Frequency",
              LinearSum.of(CoreMetrics.IMPRESSIONS),
              LinearSum.of(CoreMetrics.REACH))
          .unit(MetricUnit.COUNT)
          .description(
              "impressions / reach: times each reached person saw the content, on "
                  + "average (such as 1.5). Source: Meta ads metrics. Undefined when reach "
                  + "is 0. Over many rows the denominator is summed post reach, which "
                  + "undercounts the true frequency's denominator only when people are "
                  + "reached twice.")
          .build();

  /**
   * Video completion rate ({@code video_completion_rate}): completed views / video starts.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: X Ads API derived metrics, Meta ads metrics.
   * Undefined when no video started.
   */
  public static final RatioKpi VIDEO_COMPLETION_RATE =
      kpi(
              "video_completion_rate",
              "Video completion rate",
              LinearSum.of(Measures.VIDEO_COMPLETIONS),
              LinearSum.of(Measures.VIDEO_STARTS))
          .description(
              "completed views / video starts. Source: X Ads API derived metrics, "
                  + "Meta ads metrics. Undefined when no video started.")
          .build();

  /**
   * Click-through rate ({@code ctr}): clicks / impressions.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: X Ads API derived metrics, Meta ads metrics.
   * Undefined when impressions are 0.
   */
  public static final RatioKpi CTR =
      kpi(
              "ctr",
              "Click-through rate",
              LinearSum.of(CoreMetrics.CLICKS),
              LinearSum.of(CoreMetrics.IMPRESSIONS))
          .description(
              "clicks / impressions. Source: X Ads API derived metrics, Meta ads "
                  + "metrics. Undefined when impressions are 0.")
          .build();

  /**
   * Link click-through rate ({@code link_ctr}): link clicks / impressions.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Meta ads metrics. Undefined when impressions are 0.
   */
  public static final RatioKpi LINK_CTR =
      kpi(
              "link_ctr",
              "Link click-through rate",
              LinearSum.of(CoreMetrics.LINK_CLICKS),
              LinearSum.of(CoreMetrics.IMPRESSIONS))
          .description(
              "link clicks / impressions. Source: Meta ads metrics. Undefined when "
                  + "impressions are 0.")
          .build();

  /**
   * Conversion rate (per click) ({@code conversion_rate_clicks}): conversions / clicks.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Meta ads metrics, X Ads API derived metrics.
   * Undefined when there was no click.
   */
  public static final RatioKpi CONVERSION_RATE_BY_CLICKS =
      kpi(
              "conversion_rate_clicks",
              "Conversion rate (per click)",
              LinearSum.of(CoreMetrics.CONVERSIONS),
              LinearSum.of(CoreMetrics.CLICKS))
          .description(
              "conversions / clicks. Source: Meta ads metrics, X Ads API derived "
                  + "metrics. Undefined when there was no click.")
          .build();

  /**
   * Conversion rate (per session) ({@code conversion_rate_sessions}): conversions / sessions, for
   * web traffic.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Google Analytics 4. Undefined when there was no
   * session.
   */
  public static final RatioKpi CONVERSION_RATE_BY_SESSIONS =
      kpi(
              "conversion_rate_sessions",
              "Conversion rate (per session)",
              LinearSum.of(CoreMetrics.CONVERSIONS),
              LinearSum.of(Measures.SESSIONS))
          .description(
              "conversions / sessions, for web traffic. Source: Google Analytics 4. "
                  + "Undefined when there was no session.")
          .build();

  /**
   * Social conversion share ({@code social_conversion_share}): conversions from social / all
   * conversions.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Google Analytics 4 (channel attribution), Hootsuite.
   * Undefined when there was no conversion.
   */
  public static final RatioKpi SOCIAL_CONVERSION_SHARE =
      kpi(
              "social_conversion_share",
              "Social conversion share",
              LinearSum.of(Measures.SOCIAL_CONVERSIONS),
              LinearSum.of(CoreMetrics.CONVERSIONS))
          .description(
              "conversions from social / all conversions. Source: Google Analytics 4 "
                  + "(channel attribution), Hootsuite. Undefined when there was no "
                  + "conversion.")
          .build();

  /**
   * Lead conversion rate ({@code lead_conversion_rate}): leads that became customers / leads.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Hootsuite, Sprout Social. Undefined when there was
   * no lead.
   */
  public static final RatioKpi LEAD_CONVERSION_RATE =
      kpi(
              "lead_conversion_rate",
              "Lead conversion rate",
              LinearSum.of(Measures.CONVERTED_LEADS),
              LinearSum.of(CoreMetrics.LEADS))
          .description(
              "leads that became customers / leads. Source: Hootsuite, Sprout Social."
                  + " Undefined when there was no lead.")
          .build();

  /**
   * Engagement rate (GA4 sessions) ({@code ga4_engagement_rate}): engaged sessions / sessions.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Google Analytics 4. Undefined when there was no
   * session.
   */
  public static final RatioKpi GA4_ENGAGEMENT_RATE =
      kpi(
              "ga4_engagement_rate",
              "Engagement rate (GA4 sessions)",
              LinearSum.of(Measures.ENGAGED_SESSIONS),
              LinearSum.of(Measures.SESSIONS))
          .description(
              "engaged sessions / sessions. Source: Google Analytics 4. Undefined "
                  + "when there was no session.")
          .build();

  /**
   * Bounce rate (GA4) ({@code ga4_bounce_rate}): (sessions - engaged sessions) / sessions, that is
   * 1 - engagement rate.
   *
   * <p>Unit: {@link MetricUnit#RATIO}, lower is better. Source: Google Analytics 4. Undefined when
   * there was no session.
   */
  public static final RatioKpi GA4_BOUNCE_RATE =
      kpi(
              "ga4_bounce_rate",
              "Bounce rate (GA4)",
              LinearSum.of(Measures.SESSIONS).plus(Measures.ENGAGED_SESSIONS, -1),
              LinearSum.of(Measures.SESSIONS))
          .polarity(Polarity.LOWER_IS_BETTER)
          .description(
              "(sessions - engaged sessions) / sessions, that is 1 - engagement rate."
                  + " Source: Google Analytics 4. Undefined when there was no session.")
          .build();

  /**
   * Bounce rate (classic) ({@code bounce_rate}): single-page sessions / sessions.
   *
   * <p>Unit: {@link MetricUnit#RATIO}, lower is better. Source: Google Analytics before GA4
   * (Universal Analytics). Undefined when there was no session.
   */
  public static final RatioKpi BOUNCE_RATE =
      kpi(
              "bounce_rate",
              "Bounce rate (classic)",
              LinearSum.of(Measures.SINGLE_PAGE_SESSIONS),
              LinearSum.of(Measures.SESSIONS))
          .polarity(Polarity.LOWER_IS_BETTER)
          .description(
              "single-page sessions / sessions. Source: Google Analytics before GA4 "
                  + "(Universal Analytics). Undefined when there was no session.")
          .build();

  /**
   * Cost per click ({@code cpc}): spend / clicks, in the spend's currency.
   *
   * <p>Unit: {@link MetricUnit#CURRENCY}, lower is better. Source: Meta ads metrics, X Ads API
   * derived metrics. Undefined when there was no click.
   */
  public static final RatioKpi CPC =
      kpi(
              "cpc",
              "Cost per click",
              LinearSum.of(CoreMetrics.SPEND),
              LinearSum.of(CoreMetrics.CLICKS))
          .unit(MetricUnit.CURRENCY)
          .polarity(Polarity.LOWER_IS_BETTER)
          .description(
              "spend / clicks, in the spend's currency. Source: Meta ads metrics, X "
                  + "Ads API derived metrics. Undefined when there was no click.")
          .build();

  /**
   * Cost per mille ({@code cpm}): spend / impressions x 1000, in the spend's currency.
   *
   * <p>Unit: {@link MetricUnit#CURRENCY}, lower is better. Source: Meta ads metrics, X Ads API
   * derived metrics. Undefined when impressions are 0.
   */
  public static final RatioKpi CPM =
      kpi(
              "cpm",
              "Cost per mille",
              LinearSum.of(CoreMetrics.SPEND),
              LinearSum.of(CoreMetrics.IMPRESSIONS))
          .factor(new BigDecimal("1000"))
          .unit(MetricUnit.CURRENCY)
          .polarity(Polarity.LOWER_IS_BETTER)
          .description(
              "spend / impressions x 1000, in the spend's currency. Source: Meta ads "
                  + "metrics, X Ads API derived metrics. Undefined when impressions are 0.")
          .build();

  /**
   * Cost per acquisition ({@code cpa}): spend / conversions, in the spend's currency.
   *
   * <p>Unit: {@link MetricUnit#CURRENCY}, lower is better. Source: Meta ads metrics, X Ads API
   * derived metrics. Undefined when there was no conversion.
   */
  public static final RatioKpi CPA =
      kpi(
              "cpa",
              "Cost per acquisition",
              LinearSum.of(CoreMetrics.SPEND),
              LinearSum.of(CoreMetrics.CONVERSIONS))
          .unit(MetricUnit.CURRENCY)
          .polarity(Polarity.LOWER_IS_BETTER)
          .description(
              "spend / conversions, in the spend's currency. Source: Meta ads "
                  + "metrics, X Ads API derived metrics. Undefined when there was no "
                  + "conversion.")
          .build();

  /**
   * Customer acquisition cost ({@code cac}): (sales cost + marketing cost) / new customers, in the
   * costs' currency.
   *
   * <p>Unit: {@link MetricUnit#CURRENCY}, lower is better. Source: Hootsuite, Sprout Social.
   * Undefined when no customer was acquired.
   */
  public static final RatioKpi CAC =
      kpi(
              "cac",
              "Customer acquisition cost",
              LinearSum.of(Measures.SALES_COST, Measures.MARKETING_COST),
              LinearSum.of(Measures.NEW_CUSTOMERS))
          .unit(MetricUnit.CURRENCY)
          .polarity(Polarity.LOWER_IS_BETTER)
          .description(
              "(sales cost + marketing cost) / new customers, in the costs' currency."
                  + " Source: Hootsuite, Sprout Social. Undefined when no customer was "
                  + "acquired.")
          .build();

  /**
   * Return on ad spend ({@code roas}): revenue / ad spend, a ratio such as 3.0.
   *
   * <p>Unit: {@link MetricUnit#MULTIPLE} (shown as {@code 3.00x}). Source: Meta ads metrics.
   * Undefined when spend is 0.
   */
  public static final RatioKpi ROAS =
      kpi(
              "roas",
              "Return on ad spend",
              LinearSum.of(CoreMetrics.REVENUE),
              LinearSum.of(CoreMetrics.SPEND))
          .unit(MetricUnit.MULTIPLE)
          .description(
              "revenue / ad spend, a multiple such as 3.0. Source: Meta ads metrics. "
                  + "Undefined when spend is 0.")
          .build();

  /**
   * Return on investment ({@code roi}): (revenue - spend) / spend; negative when spend exceeds
   * revenue.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Hootsuite, Sprout Social. Undefined when spend is 0.
   */
  public static final RatioKpi ROI =
      kpi(
              "roi",
              "Return on investment",
              LinearSum.of(CoreMetrics.REVENUE).plus(CoreMetrics.SPEND, -1),
              LinearSum.of(CoreMetrics.SPEND))
          .description(
              "(revenue - spend) / spend; negative when spend exceeds revenue. "
                  + "Source: Hootsuite, Sprout Social. Undefined when spend is 0.")
          .build();

  /**
   * Social share of voice ({@code share_of_voice}): brand mentions / (brand mentions + competitor
   * mentions).
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Hootsuite, Sprout Social, Emplifi. Undefined when
   * nobody mentioned the brand or a competitor.
   */
  public static final RatioKpi SHARE_OF_VOICE =
      kpi(
              "share_of_voice",
              "Social share of voice",
              LinearSum.of(CoreMetrics.MENTIONS),
              LinearSum.of(CoreMetrics.MENTIONS, Measures.COMPETITOR_MENTIONS))
          .description(
              "brand mentions / (brand mentions + competitor mentions). Source: "
                  + "Hootsuite, Sprout Social, Emplifi. Undefined when nobody mentioned the"
                  + " brand or a competitor.")
          .build();

  /**
   * Positive sentiment share ({@code positive_sentiment_share}): positive / (positive + negative +
   * neutral mentions).
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Sprout Social, Emplifi. Undefined when no mention
   * was classified.
   */
  public static final RatioKpi POSITIVE_SENTIMENT_SHARE =
      kpi(
              "positive_sentiment_share",
              "Positive sentiment share",
              LinearSum.of(Measures.POSITIVE_MENTIONS),
              LinearSum.of(
                  Measures.POSITIVE_MENTIONS,
                  Measures.NEGATIVE_MENTIONS,
                  Measures.NEUTRAL_MENTIONS))
          .description(
              "positive / (positive + negative + neutral mentions). Source: Sprout "
                  + "Social, Emplifi. Undefined when no mention was classified.")
          .build();

  /**
   * Net sentiment ({@code net_sentiment}): (positive - negative) / (positive + negative + neutral
   * mentions), from -1 to 1 (shown as -100% to +100%).
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Sprout Social, Emplifi. Undefined when no mention
   * was classified; negative when negative mentions outnumber positive ones.
   */
  public static final RatioKpi NET_SENTIMENT =
      kpi(
              "net_sentiment",
              "Net sentiment",
              LinearSum.of(Measures.POSITIVE_MENTIONS).plus(Measures.NEGATIVE_MENTIONS, -1),
              LinearSum.of(
                  Measures.POSITIVE_MENTIONS,
                  Measures.NEGATIVE_MENTIONS,
                  Measures.NEUTRAL_MENTIONS))
          .description(
              "(positive - negative) / (positive + negative + neutral mentions), from"
                  + " -1 to 1 (shown as -100% to +100%). Source: Sprout Social, Emplifi. "
                  + "Undefined when no mention was classified; negative when negative "
                  + "mentions outnumber positive ones.")
          .build();

  /**
   * Net sentiment excluding neutral ({@code net_sentiment_excluding_neutral}): (positive -
   * negative) / (positive + negative mentions), from -1 to 1.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Sprout Social, Emplifi. Undefined when no mention
   * was positive or negative, even if some were neutral.
   */
  public static final RatioKpi NET_SENTIMENT_EXCLUDING_NEUTRAL =
      kpi(
              "net_sentiment_excluding_neutral",
              "Net sentiment excluding neutral",
              LinearSum.of(Measures.POSITIVE_MENTIONS).plus(Measures.NEGATIVE_MENTIONS, -1),
              LinearSum.of(Measures.POSITIVE_MENTIONS, Measures.NEGATIVE_MENTIONS))
          .description(
              "(positive - negative) / (positive + negative mentions), from -1 to 1. "
                  + "Source: Sprout Social, Emplifi. Undefined when no mention was positive"
                  + " or negative, even if some were neutral.")
          .build();

  /**
   * Response rate ({@code response_rate}): answered messages / received messages.
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Sprout Social, Hootsuite. Undefined when no message
   * was received.
   */
  public static final RatioKpi RESPONSE_RATE =
      kpi(
              "response_rate",
              "Response rate",
              LinearSum.of(Measures.MESSAGES_ANSWERED),
              LinearSum.of(Measures.MESSAGES_RECEIVED))
          .description(
              "answered messages / received messages. Source: Sprout Social, "
                  + "Hootsuite. Undefined when no message was received.")
          .build();

  /**
   * Customer satisfaction score ({@code csat}): responses scoring 4 or 5 on a 1-5 scale / all
   * responses (see Csat for another threshold).
   *
   * <p>Unit: {@link MetricUnit#RATIO}. Source: Hootsuite, Sprout Social. Undefined when there was
   * no response.
   */
  public static final RatioKpi CSAT =
      kpi(
              "csat",
              "Customer satisfaction score",
              LinearSum.of(Measures.SATISFIED_RESPONSES),
              LinearSum.of(Measures.SURVEY_RESPONSES))
          .description(
              "responses scoring 4 or 5 on a 1-5 scale / all responses (see Csat for "
                  + "another threshold). Source: Hootsuite, Sprout Social. Undefined when "
                  + "there was no response.")
          .build();

  /**
   * Net Promoter Score ({@code nps}): (promoters - detractors) / answers x 100, in points from -100
   * to +100; passives count among the answers.
   *
   * <p>Unit: {@link MetricUnit#SCORE}. Source: Bain and Company (Fred Reichheld). Undefined when
   * there was no answer; see Nps to count answers.
   */
  public static final RatioKpi NPS =
      kpi(
              "nps",
              "Net Promoter Score",
              LinearSum.of(Measures.NPS_PROMOTERS).plus(Measures.NPS_DETRACTORS, -1),
              LinearSum.of(Measures.NPS_RESPONSES))
          .factor(new BigDecimal("100"))
          .unit(MetricUnit.SCORE)
          .description(
              "(promoters - detractors) / answers x 100, in points from -100 to +100;"
                  + " passives count among the answers. Source: Bain and Company (Fred "
                  + "Reichheld). Undefined when there was no answer; see Nps to count "
                  + "answers.")
          .build();

  private static final List<RatioKpi> ALL =
      List.of(
          ERR,
          ER_POST,
          ER_IMPRESSIONS,
          ER_VIEWS,
          AVG_ENGAGEMENT_PER_POST,
          CPE,
          AMPLIFICATION_RATE,
          APPLAUSE_RATE,
          CONVERSATION_RATE,
          SHARES_PER_POST,
          LIKES_PER_POST,
          COMMENTS_PER_POST,
          VIRALITY_RATE,
          FREQUENCY,
          VIDEO_COMPLETION_RATE,
          CTR,
          LINK_CTR,
          CONVERSION_RATE_BY_CLICKS,
          CONVERSION_RATE_BY_SESSIONS,
          SOCIAL_CONVERSION_SHARE,
          LEAD_CONVERSION_RATE,
          GA4_ENGAGEMENT_RATE,
          GA4_BOUNCE_RATE,
          BOUNCE_RATE,
          CPC,
          CPM,
          CPA,
          CAC,
          ROAS,
          ROI,
          SHARE_OF_VOICE,
          POSITIVE_SENTIMENT_SHARE,
          NET_SENTIMENT,
          NET_SENTIMENT_EXCLUDING_NEUTRAL,
          RESPONSE_RATE,
          CSAT,
          NPS);

  private static final Map<MetricId, RatioKpi> BY_ID = index(ALL);

  private static RatioKpi.Builder kpi(
      String id, String name, LinearSum numerator, LinearSum denominator) {
    return RatioKpi.builder(MetricId.of(id))
        .name(name)
        .numerator(numerator)
        .denominator(denominator);
  }

  private static Map<MetricId, RatioKpi> index(List<RatioKpi> kpis) {
    Map<MetricId, RatioKpi> byId = new LinkedHashMap<>();
    for (RatioKpi kpi : kpis) {
      if (byId.put(kpi.id(), kpi) != null) {
        // A programming error in this class; the catalogue test guards it.
        throw new IllegalStateException("duplicate KPI id " + kpi.id());
      }
    }
    return byId;
  }

  /**
   * Returns every KPI of the catalogue, in the order of this class's constants.
   *
   * @return an unmodifiable list, the same on every call, never null
   */
  public static List<RatioKpi> all() {
    return ALL;
  }

  /**
   * Finds a KPI of the catalogue by id.
   *
   * @param id the id, such as {@code err}, not null
   * @return the KPI, or empty if the catalogue has no KPI with this id
   * @throws NullPointerException if {@code id} is null
   */
  public static Optional<RatioKpi> find(MetricId id) {
    return Optional.ofNullable(BY_ID.get(Objects.requireNonNull(id, "id must not be null")));
  }

  /**
   * Returns the KPI of the catalogue with an id.
   *
   * @param id the id, such as {@code err}, not null
   * @return the KPI, never null
   * @throws NullPointerException if {@code id} is null
   * @throws NoSuchElementException naming the id and the known ids if the catalogue has none
   */
  public static RatioKpi get(MetricId id) {
    return find(id)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "unknown KPI id '" + id + "'; known ids: " + BY_ID.keySet()));
  }
}
