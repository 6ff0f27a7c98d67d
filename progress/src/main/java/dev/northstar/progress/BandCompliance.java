package dev.northstar.progress;

import java.math.BigDecimal;

/**
 * How well a series kept to a band target ("stay above", "stay below", "stay within") over the part
 * of the goal's period observed so far.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param observations the number of observations judged, at least 1
 * @param inBand how many of them lay in the band, bounds included; 0 to {@code observations}
 * @param share {@code inBand / observations}, rounded to 16 significant digits
 * @param latestInBand whether the latest judged observation lay in the band
 */
public record BandCompliance(int observations, int inBand, BigDecimal share, boolean latestInBand) {

  /**
   * Validates the components.
   *
   * @param observations the number of observations judged, at least 1
   * @param inBand how many lay in the band, 0 to {@code observations}
   * @param share the share in the band, not null, 0 to 1
   * @param latestInBand whether the latest lay in the band
   * @throws NullPointerException if {@code share} is null
   * @throws IllegalArgumentException if a count or the share is out of range
   */
  public BandCompliance {
    if (observations < 1 || inBand < 0 || inBand > observations) {
      throw new IllegalArgumentException(
          "observations must be at least 1 and inBand between 0 and observations, but were "
              + observations
              + " and "
              + inBand);
    }
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "share must be between 0 and 1, but was " + share.toPlainString());
    }
  }

  /**
   * Returns the readable form, such as {@code 27 of 28 in band (share 0.96...), latest in band}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return inBand
        + " of "
        + observations
        + " in band (share "
        + share.toPlainString()
        + "), latest "
        + (latestInBand ? "in" : "outside")
        + " band";
  }
}
