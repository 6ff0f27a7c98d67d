package dev.northstar.core.goal;

/** What a goal is about: the goal categories of social-media marketing. */
public enum GoalCategory {
  /** Brand awareness: reach, audience growth, share of voice, impressions. */
  BRAND_AWARENESS("brand awareness"),
  /** Brand reputation and sentiment: mentions, sentiment, review ratings. */
  BRAND_REPUTATION("brand reputation"),
  /** Website traffic from social: visits, referrals, click-through. */
  WEBSITE_TRAFFIC("website traffic"),
  /** Engagement: engagement rates, interactions per post. */
  ENGAGEMENT("engagement"),
  /** Conversions and sales: conversion rate, revenue, sales. */
  CONVERSIONS("conversions"),
  /** Lead generation: leads, sign-ups, form fills, downloads. */
  LEAD_GENERATION("lead generation"),
  /** Customer service: response time, satisfaction, requests handled. */
  CUSTOMER_SERVICE("customer service"),
  /** Social listening and market insight: mentions, hashtags, trends. */
  SOCIAL_LISTENING("social listening"),
  /** Recruiting: candidates per platform, source of hire. */
  RECRUITING("recruiting"),
  /** Community: activity in groups and chats, daily active users. */
  COMMUNITY("community"),
  /** Press and PR: potential reach, influencers talking, inbound questions. */
  PRESS("press"),
  /** Customer research: conversations, suggestions, improvements made. */
  CUSTOMER_RESEARCH("customer research"),
  /** Influencers: influencers recruited on free or paid contracts. */
  INFLUENCERS("influencers"),
  /** Revenue and ROI: revenue from social, cost of acquisition, campaign ROI. */
  REVENUE("revenue");

  private final String label;

  GoalCategory(String label) {
    this.label = label;
  }

  /**
   * Returns the category's name in plain English, such as "brand awareness".
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
