package dev.northstar.core.metric;

/**
 * Thrown when two sources define a metric with the same id. The message names the id and both
 * sources.
 */
public final class DuplicateMetricException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient MetricId id;

  /** The source that registered the id first. */
  private final String firstSource;

  /** The source that tried to register the id again. */
  private final String secondSource;

  /**
   * Creates the exception.
   *
   * @param id the duplicated id
   * @param firstSource the source registered first
   * @param secondSource the source that tried to register the id again
   */
  public DuplicateMetricException(MetricId id, String firstSource, String secondSource) {
    super(
        "metric id '"
            + id
            + "' is defined twice: by "
            + firstSource
            + " and by "
            + secondSource
            + "; ids must be unique (prefix plugin ids with a namespace, such as 'acme.')");
    this.id = id;
    this.firstSource = firstSource;
    this.secondSource = secondSource;
  }

  /**
   * Returns the duplicated id.
   *
   * @return the id
   */
  public MetricId id() {
    return id;
  }

  /**
   * Returns the source that registered the id first.
   *
   * @return the first source's name
   */
  public String firstSource() {
    return firstSource;
  }

  /**
   * Returns the source that tried to register the id again.
   *
   * @return the second source's name
   */
  public String secondSource() {
    return secondSource;
  }
}
