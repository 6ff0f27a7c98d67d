package dev.northstar.formulas.utm;

import dev.northstar.core.scope.Platform;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one campaign brought from one source and medium: the {@link VisitTotals} of the visits whose
 * landing pages carry those tags, and the platform the source stands for, when known.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param source the {@code utm_source}, not null
 * @param medium the {@code utm_medium}, not null
 * @param campaign the {@code utm_campaign}, not null
 * @param platform the platform of the source, or null if the source is no known platform
 * @param totals the sums, not null
 */
public record CampaignTotals(
    String source,
    String medium,
    String campaign,
    @Nullable Platform platform,
    VisitTotals totals) {

  /** By source, medium, then campaign. */
  static final Comparator<CampaignTotals> ORDER =
      Comparator.comparing(CampaignTotals::source)
          .thenComparing(CampaignTotals::medium)
          .thenComparing(CampaignTotals::campaign);

  /**
   * Checks the fields.
   *
   * @param source the source, not null
   * @param medium the medium, not null
   * @param campaign the campaign, not null
   * @param platform the platform, or null
   * @param totals the sums, not null
   * @throws NullPointerException if a field other than {@code platform} is null
   */
  public CampaignTotals {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(medium, "medium must not be null");
    Objects.requireNonNull(campaign, "campaign must not be null");
    Objects.requireNonNull(totals, "totals must not be null");
  }

  /**
   * Returns the platform of the source.
   *
   * @return the platform, or empty if the source is no known platform
   */
  public Optional<Platform> platformOfSource() {
    return Optional.ofNullable(platform);
  }
}
