package dev.northstar.formulas.utm;

import java.util.Optional;

/** The five UTM query parameters, in the order a campaign link carries them. */
public enum UtmParameter {
  /** {@code utm_source}: where the traffic comes from, such as {@code facebook}; required. */
  SOURCE("utm_source", true),
  /** {@code utm_medium}: the kind of traffic, such as {@code paid_social}; required. */
  MEDIUM("utm_medium", true),
  /** {@code utm_campaign}: the campaign's name, such as {@code spring_sale}; required. */
  CAMPAIGN("utm_campaign", true),
  /** {@code utm_term}: the paid keyword; optional. */
  TERM("utm_term", false),
  /** {@code utm_content}: which ad or link of the campaign; optional. */
  CONTENT("utm_content", false);

  private final String parameterName;
  private final boolean required;

  UtmParameter(String parameterName, boolean required) {
    this.parameterName = parameterName;
    this.required = required;
  }

  /**
   * Returns the query parameter's name, such as {@code utm_source}.
   *
   * @return the name, never null
   */
  public String parameterName() {
    return parameterName;
  }

  /**
   * Tells whether a tagged link must carry the parameter.
   *
   * @return true for source, medium and campaign
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * Finds the parameter of a query parameter name, exactly (names are lower case).
   *
   * @param name the name, not null
   * @return the parameter, or empty if the name is not one of the five
   */
  public static Optional<UtmParameter> ofName(String name) {
    for (UtmParameter p : values()) {
      if (p.parameterName.equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
