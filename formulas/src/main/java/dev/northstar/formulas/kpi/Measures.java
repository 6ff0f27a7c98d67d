package dev.northstar.formulas.kpi;

import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import java.util.List;

/**
 * The raw measures that the {@linkplain Kpis KPI catalogue} needs beyond {@link CoreMetrics}: video
 * starts and completions, web sessions, competitor and sentiment mentions, customer-service
 * messages, survey answers, customers and costs.
 *
 * <p>Every measure here is a count or an amount that adds up over rows and time ({@link
 * Additivity#ADDITIVE}), so that every ratio KPI over them is a ratio of sums. The measures that
 * {@link CoreMetrics} already defines (likes, reach, clicks, spend...) are used from there and not
 * repeated. {@link BuiltInKpis} registers {@link #definitions()} with the metric registry.
 */
public final class Measures {

  private Measures() {}

  /** Video starts: Times a video started playing. */
  public static final MetricId VIDEO_STARTS = MetricId.of("video_starts");

  /** Video completions: Views that played a video to the end (completed views). */
  public static final MetricId VIDEO_COMPLETIONS = MetricId.of("video_completions");

  /** Sessions: Website sessions (visits), as Google Analytics 4 counts them. */
  public static final MetricId SESSIONS = MetricId.of("sessions");

  /**
   * Engaged sessions: Sessions that lasted 10 seconds or more, had a conversion or two page views
   * (Google Analytics 4).
   */
  public static final MetricId ENGAGED_SESSIONS = MetricId.of("engaged_sessions");

  /** Single-page sessions: Sessions that viewed one page and left (the classic bounces). */
  public static final MetricId SINGLE_PAGE_SESSIONS = MetricId.of("single_page_sessions");

  /**
   * Competitor mentions: Mentions of the competitors tracked for share of voice, all competitors
   * summed.
   */
  public static final MetricId COMPETITOR_MENTIONS = MetricId.of("competitor_mentions");

  /** Positive mentions: Mentions of the brand classified as positive. */
  public static final MetricId POSITIVE_MENTIONS = MetricId.of("positive_mentions");

  /** Negative mentions: Mentions of the brand classified as negative. */
  public static final MetricId NEGATIVE_MENTIONS = MetricId.of("negative_mentions");

  /** Neutral mentions: Mentions of the brand classified as neutral. */
  public static final MetricId NEUTRAL_MENTIONS = MetricId.of("neutral_mentions");

  /** Messages received: Customer messages received (direct messages, comments needing a reply). */
  public static final MetricId MESSAGES_RECEIVED = MetricId.of("messages_received");

  /** Messages answered: Customer messages that got at least one reply. */
  public static final MetricId MESSAGES_ANSWERED = MetricId.of("messages_answered");

  /** Survey responses: Answers to a customer satisfaction (CSAT) survey. */
  public static final MetricId SURVEY_RESPONSES = MetricId.of("survey_responses");

  /**
   * Satisfied responses: CSAT survey answers at or above the satisfaction threshold (4 or 5 on a
   * 1-5 scale by default).
   */
  public static final MetricId SATISFIED_RESPONSES = MetricId.of("satisfied_responses");

  /** NPS responses: Answers to the Net Promoter Score question (0-10), missing answers excluded. */
  public static final MetricId NPS_RESPONSES = MetricId.of("nps_responses");

  /** NPS promoters: NPS answers of 9 or 10. */
  public static final MetricId NPS_PROMOTERS = MetricId.of("nps_promoters");

  /** NPS detractors: NPS answers of 0 to 6. */
  public static final MetricId NPS_DETRACTORS = MetricId.of("nps_detractors");

  /** New customers: Customers acquired in the period. */
  public static final MetricId NEW_CUSTOMERS = MetricId.of("new_customers");

  /** Converted leads: Leads that became customers. */
  public static final MetricId CONVERTED_LEADS = MetricId.of("converted_leads");

  /**
   * Conversions from social: Conversions attributed to social networks (a subset of conversions).
   */
  public static final MetricId SOCIAL_CONVERSIONS = MetricId.of("social_conversions");

  /** Sales cost: Money spent on selling (salaries, tools, commissions) in the period. */
  public static final MetricId SALES_COST = MetricId.of("sales_cost");

  /** Marketing cost: Money spent on marketing, ads included, in the period. */
  public static final MetricId MARKETING_COST = MetricId.of("marketing_cost");

  private static final List<MetricDefinition> DEFINITIONS =
      List.of(
          define(
              VIDEO_STARTS,
              "Video starts",
              "Times a video started playing.",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              VIDEO_COMPLETIONS,
              "Video completions",
              "Views that played a video to the end (completed views).",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              SESSIONS,
              "Sessions",
              "Website sessions (visits), as Google Analytics 4 counts them.",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              ENGAGED_SESSIONS,
              "Engaged sessions",
              "Sessions that lasted 10 seconds or more, had a conversion or two page views (Google Analytics 4).",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              SINGLE_PAGE_SESSIONS,
              "Single-page sessions",
              "Sessions that viewed one page and left (the classic bounces).",
              MetricUnit.COUNT,
              Polarity.LOWER_IS_BETTER),
          define(
              COMPETITOR_MENTIONS,
              "Competitor mentions",
              "Mentions of the competitors tracked for share of voice, all competitors summed.",
              MetricUnit.COUNT,
              Polarity.LOWER_IS_BETTER),
          define(
              POSITIVE_MENTIONS,
              "Positive mentions",
              "Mentions of the brand classified as positive.",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              NEGATIVE_MENTIONS,
              "Negative mentions",
              "Mentions of the brand classified as negative.",
              MetricUnit.COUNT,
              Polarity.LOWER_IS_BETTER),
          define(
              NEUTRAL_MENTIONS,
              "Neutral mentions",
              "Mentions of the brand classified as neutral.",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              MESSAGES_RECEIVED,
              "Messages received",
              "Customer messages received (direct messages, comments needing a reply).",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              MESSAGES_ANSWERED,
              "Messages answered",
              "Customer messages that got at least one reply.",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              SURVEY_RESPONSES,
              "Survey responses",
              "Answers to a customer satisfaction (CSAT) survey.",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              SATISFIED_RESPONSES,
              "Satisfied responses",
              "CSAT survey answers at or above the satisfaction threshold (4 or 5 on a 1-5 scale by default).",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              NPS_RESPONSES,
              "NPS responses",
              "Answers to the Net Promoter Score question (0-10), missing answers excluded.",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              NPS_PROMOTERS,
              "NPS promoters",
              "NPS answers of 9 or 10.",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              NPS_DETRACTORS,
              "NPS detractors",
              "NPS answers of 0 to 6.",
              MetricUnit.COUNT,
              Polarity.LOWER_IS_BETTER),
          define(
              NEW_CUSTOMERS,
              "New customers",
              "Customers acquired in the period.",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              CONVERTED_LEADS,
              "Converted leads",
              "Leads that became customers.",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              SOCIAL_CONVERSIONS,
              "Conversions from social",
              "Conversions attributed to social networks (a subset of conversions).",
              MetricUnit.COUNT,
              Polarity.HIGHER_IS_BETTER),
          define(
              SALES_COST,
              "Sales cost",
              "Money spent on selling (salaries, tools, commissions) in the period.",
              MetricUnit.CURRENCY,
              Polarity.LOWER_IS_BETTER),
          define(
              MARKETING_COST,
              "Marketing cost",
              "Money spent on marketing, ads included, in the period.",
              MetricUnit.CURRENCY,
              Polarity.LOWER_IS_BETTER));

  private static MetricDefinition define(
      MetricId id, String name, String description, MetricUnit unit, Polarity polarity) {
    return MetricDefinition.builder(id)
        .name(name)
        .description(description)
        .unit(unit)
        .polarity(polarity)
        .additivity(Additivity.ADDITIVE)
        .accumulation(Accumulation.FLOW)
        .build();
  }

  /**
   * Returns the definitions of these measures, in a fixed order.
   *
   * @return an unmodifiable list, never null
   */
  public static List<MetricDefinition> definitions() {
    return DEFINITIONS;
  }
}
