package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.formulas.ratio.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceFormulasTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static Message answeredAfter(Duration wait) {
    return Message.answered(T0, T0.plus(wait));
  }

  private static final List<Message> INBOX =
      List.of(
          answeredAfter(Duration.ofMinutes(30)),
          answeredAfter(Duration.ofMinutes(90)),
          Message.unanswered(T0),
          answeredAfter(Duration.ZERO));

  @Test
  void averageFirstResponseTimeLeavesUnansweredMessagesOut() {
    // (30 + 90 + 0) / 3 answered = 40 minutes; the unanswered one does not count as 0.
    assertThat(ServiceFormulas.averageFirstResponseTime(INBOX)).contains(Duration.ofMinutes(40));
  }

  @Test
  void responseRateCountsUnansweredMessages() {
    assertThat(ServiceFormulas.responseRate(INBOX)).isEqualTo(Ratio.of(3, 4));
    assertThat(ServiceFormulas.responseRate(INBOX).toPercentString()).isEqualTo("75%");
    assertThat(ServiceFormulas.responseRate(45, 60).toPercentString()).isEqualTo("75%");
  }

  @Test
  void noMessagesOrNoAnswersAreUndefined() {
    assertThat(ServiceFormulas.averageFirstResponseTime(List.of())).isEmpty();
    assertThat(ServiceFormulas.averageFirstResponseTime(List.of(Message.unanswered(T0)))).isEmpty();
    assertThat(ServiceFormulas.responseRate(List.of()).isDefined()).isFalse();
    assertThat(ServiceFormulas.responseRate(0, 0).isDefined()).isFalse();
  }

  @Test
  void averageIsRoundedDownToTheNanosecond() {
    List<Message> two =
        List.of(answeredAfter(Duration.ofNanos(1)), answeredAfter(Duration.ofNanos(2)));
    assertThat(ServiceFormulas.averageFirstResponseTime(two)).contains(Duration.ofNanos(1));
  }

  @Test
  void hugeDurationsDoNotOverflow() {
    // About 1.4 billion years: three of them in nanoseconds overflow a long.
    Duration long1 = Duration.ofDays(500_000_000_000L);
    Message m = Message.answered(Instant.MIN, Instant.MIN.plus(long1));

    assertThat(ServiceFormulas.averageFirstResponseTime(List.of(m, m, m))).contains(long1);
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(() -> ServiceFormulas.responseRate(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answered must be at most received (4), but was 5");
    assertThatThrownBy(
            () -> ServiceFormulas.responseRate(Arrays.asList(Message.unanswered(T0), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("messages[1] must not be null");
    assertThatThrownBy(() -> Message.answered(T0, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "firstReplyAt must not be before receivedAt 2026-03-02T09:00:00Z, but was"
                + " 2026-03-02T08:59:59Z");
  }

  @Test
  void messageIsAValue() {
    Message answered = answeredAfter(Duration.ofMinutes(45));

    assertThat(answered.isAnswered()).isTrue();
    assertThat(answered.firstResponseTime()).contains(Duration.ofMinutes(45));
    assertThat(answered.firstReplyAt()).contains(Instant.parse("2026-03-02T09:45:00Z"));
    assertThat(answered).isEqualTo(Message.of(T0, Instant.parse("2026-03-02T09:45:00Z")));
    assertThat(answered).hasSameHashCodeAs(Message.of(T0, Instant.parse("2026-03-02T09:45:00Z")));
    assertThat(Message.of(T0, null)).isEqualTo(Message.unanswered(T0)).isNotEqualTo(answered);
    assertThat(Message.unanswered(T0).firstResponseTime()).isEmpty();
    assertThat(Message.unanswered(T0))
        .hasToString("Message[received 2026-03-02T09:00:00Z, unanswered]");
  }
}
