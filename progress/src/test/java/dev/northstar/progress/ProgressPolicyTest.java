package dev.northstar.progress;

import static dev.northstar.progress.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProgressPolicyTest {

  @Test
  void theDefaultsAreNinetyAndSeventyPercent() {
    ProgressPolicy p = ProgressPolicy.defaults();
    assertThat(p.onTrackFrom()).isEqualTo(dec("0.9"));
    assertThat(p.atRiskFrom()).isEqualTo(dec("0.7"));
    assertThat(p.bandRequiredShare()).isEqualTo(dec("1"));
    assertThat(p).hasToString("on track from 0.9, at risk from 0.7, band share 1");
  }

  @Test
  void theTolerancesAreInclusiveLowerBounds() {
    ProgressPolicy p = ProgressPolicy.defaults();
    assertThat(p.classify(dec("0.9"))).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(p.classify(dec("0.8999"))).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(p.classify(dec("0.7"))).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(p.classify(dec("0.6999"))).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(p.classify(dec("-3"))).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void equalNumbersMakeEqualPolicies() {
    assertThat(ProgressPolicy.of(dec("0.90"), dec("0.7")))
        .isEqualTo(ProgressPolicy.defaults())
        .hasSameHashCodeAs(ProgressPolicy.defaults());
  }

  @Test
  void badTolerancesAreRefusedWithTheFieldAndValue() {
    assertThatThrownBy(() -> ProgressPolicy.of(dec("0.5"), dec("0.7")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("atRiskFrom must be at most onTrackFrom (0.5), but was 0.7");
    assertThatThrownBy(() -> ProgressPolicy.of(dec("0"), dec("0")))
        .hasMessage("onTrackFrom must be greater than 0, but was 0");
    assertThatThrownBy(() -> ProgressPolicy.of(dec("1"), dec("0.5"), dec("1.5")))
        .hasMessage("bandRequiredShare must be greater than 0 and at most 1, but was 1.5");
  }

  @Test
  void onlyTheThreePaceStatusesArePace() {
    assertThat(ProgressStatus.ON_TRACK.isPace()).isTrue();
    assertThat(ProgressStatus.OFF_TRACK.isPace()).isTrue();
    assertThat(ProgressStatus.ACHIEVED.isPace()).isFalse();
    assertThat(ProgressStatus.NO_DATA.isPace()).isFalse();
  }
}
