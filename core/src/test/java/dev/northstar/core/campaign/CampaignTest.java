package dev.northstar.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.scope.Platform;
import dev.northstar.core.time.DateRange;
import dev.northstar.core.time.Quarter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignTest {

  /** "Back to school", 5 August to 1 September (seed 004). */
  private static final DateRange BACK_TO_SCHOOL_DATES =
      DateRange.of(LocalDate.of(2026, 8, 5), LocalDate.of(2026, 9, 1));

  @Test
  void ofKeepsNamePeriodAndPlatformsSortedById() {
    Campaign campaign =
        Campaign.of("Back to school", BACK_TO_SCHOOL_DATES, Platform.X, Platform.FACEBOOK);

    assertThat(campaign.name()).isEqualTo("Back to school");
    assertThat(campaign.period()).isEqualTo(BACK_TO_SCHOOL_DATES);
    assertThat(campaign.platforms()).containsExactly(Platform.FACEBOOK, Platform.X);
  }

  @Test
  void nameIsStripped() {
    assertThat(Campaign.of("  Pre-Holiday Blow Out ", BACK_TO_SCHOOL_DATES).name())
        .isEqualTo("Pre-Holiday Blow Out");
  }

  @Test
  void platformsMayBeEmptyWhileUndecidedAndDuplicatesCollapse() {
    assertThat(Campaign.of("Launch", BACK_TO_SCHOOL_DATES).platforms()).isEmpty();
    assertThat(Campaign.of("Launch", BACK_TO_SCHOOL_DATES, List.of()).platforms()).isEmpty();
    assertThat(
            Campaign.of("Launch", BACK_TO_SCHOOL_DATES, Platform.X, Platform.of("twitter"))
                .platforms())
        .containsExactly(Platform.X);
  }

  @Test
  void platformsAreACopyAndUnmodifiable() {
    List<Platform> given = new ArrayList<>(List.of(Platform.INSTAGRAM));
    Campaign campaign = Campaign.of("Launch", BACK_TO_SCHOOL_DATES, given);

    given.add(Platform.TIKTOK);

    assertThat(campaign.platforms()).containsExactly(Platform.INSTAGRAM);
    assertThatThrownBy(() -> campaign.platforms().add(Platform.TIKTOK))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void blankOrTooLongNameIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Campaign.of("  ", BACK_TO_SCHOOL_DATES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("campaign name must not be blank");
    assertThatThrownBy(() -> Campaign.of("n".repeat(201), BACK_TO_SCHOOL_DATES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("campaign name must be at most 200 characters, but was 201");
    assertThat(Campaign.of("n".repeat(200), BACK_TO_SCHOOL_DATES).name()).hasSize(200);
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Campaign.of(null, BACK_TO_SCHOOL_DATES))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("campaign name");
    assertThatThrownBy(() -> Campaign.of("Launch", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("period");
    assertThatThrownBy(() -> Campaign.of("Launch", BACK_TO_SCHOOL_DATES, (Platform[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platforms");
    assertThatThrownBy(() -> Campaign.of("Launch", BACK_TO_SCHOOL_DATES, (List<Platform>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platforms");
    assertThatThrownBy(
            () -> Campaign.of("Launch", BACK_TO_SCHOOL_DATES, Arrays.asList(Platform.X, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("platform must not be null");
  }

  @Test
  void withPeriodChangesOnlyThePeriod() {
    Campaign campaign = Campaign.of("Launch", BACK_TO_SCHOOL_DATES, Platform.X);
    DateRange q4 = Quarter.of(2026, 4).toDateRange();

    Campaign moved = campaign.withPeriod(q4);

    assertThat(moved.period()).isEqualTo(q4);
    assertThat(moved.name()).isEqualTo("Launch");
    assertThat(moved.platforms()).containsExactly(Platform.X);
    assertThat(campaign.period()).isEqualTo(BACK_TO_SCHOOL_DATES);
    assertThatThrownBy(() -> campaign.withPeriod(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("period");
  }

  @Test
  void equalityCoversNamePeriodAndPlatforms() {
    Campaign a = Campaign.of("Launch", BACK_TO_SCHOOL_DATES, Platform.X, Platform.FACEBOOK);
    Campaign b =
        Campaign.of("Launch", BACK_TO_SCHOOL_DATES, List.of(Platform.FACEBOOK, Platform.X));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a)
        .isNotEqualTo(Campaign.of("launch", BACK_TO_SCHOOL_DATES, Platform.X, Platform.FACEBOOK));
    assertThat(a)
        .isNotEqualTo(a.withPeriod(BACK_TO_SCHOOL_DATES.withEnd(LocalDate.of(2026, 9, 2))));
    assertThat(a).isNotEqualTo(Campaign.of("Launch", BACK_TO_SCHOOL_DATES, Platform.X));
    assertThat(a).isNotEqualTo("Launch");
  }

  @Test
  void toStringShowsNamePeriodAndPlatforms() {
    Campaign campaign =
        Campaign.of("Back to school", BACK_TO_SCHOOL_DATES, Platform.X, Platform.FACEBOOK);

    assertThat(campaign)
        .hasToString("Campaign[\"Back to school\" 2026-08-05/2026-09-01 on [facebook, x]]");
    assertThat(Campaign.of("Launch", BACK_TO_SCHOOL_DATES))
        .hasToString("Campaign[\"Launch\" 2026-08-05/2026-09-01 on []]");
  }
}
