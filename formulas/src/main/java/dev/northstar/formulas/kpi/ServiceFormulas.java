package dev.northstar.formulas.kpi;

import dev.northstar.formulas.ratio.Ratio;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer-service formulas over messages: average first response time and response rate. CSAT and
 * NPS are in {@link Csat} and {@link Nps}.
 *
 * <pre>{@code
 * List<Message> inbox = List.of(
 *     Message.answered(t0, t0.plus(Duration.ofMinutes(30))),
 *     Message.answered(t0, t0.plus(Duration.ofMinutes(90))),
 *     Message.unanswered(t0));
 * ServiceFormulas.averageFirstResponseTime(inbox);   // Optional[PT1H]
 * ServiceFormulas.responseRate(inbox);               // 2/3
 * }</pre>
 */
public final class ServiceFormulas {

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  private ServiceFormulas() {}

  /**
   * Average first response time: the sum of (first reply time - received time) over the answered
   * messages / the number of answered messages. Unanswered messages are left out here; they count
   * in the {@linkplain #responseRate(Collection) response rate}. The mean is rounded down to the
   * nanosecond. The result is the value of core's {@code response_time} metric.
   *
   * @param messages the messages, not null, no null element
   * @return the average, or empty if no message was answered
   * @throws NullPointerException if the collection or an element is null
   */
  public static Optional<Duration> averageFirstResponseTime(Collection<Message> messages) {
    Objects.requireNonNull(messages, "messages must not be null");
    // Nanoseconds in a BigInteger: a sum of many long durations cannot overflow.
    BigInteger totalNanos = BigInteger.ZERO;
    long answered = 0;
    int index = 0;
    for (Message message : messages) {
      int at = index++;
      Objects.requireNonNull(message, () -> "messages[" + at + "] must not be null");
      Optional<Duration> time = message.firstResponseTime();
      if (time.isPresent()) {
        Duration d = time.get();
        totalNanos =
            totalNanos.add(
                BigInteger.valueOf(d.getSeconds())
                    .multiply(NANOS_PER_SECOND)
                    .add(BigInteger.valueOf(d.getNano())));
        answered++;
      }
    }
    if (answered == 0) {
      return Optional.empty();
    }
    BigInteger[] secondsAndNanos =
        totalNanos.divide(BigInteger.valueOf(answered)).divideAndRemainder(NANOS_PER_SECOND);
    // The mean lies between the shortest and the longest duration, so it fits a Duration.
    return Optional.of(
        Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValue()));
  }

  /**
   * Response rate: answered messages / received messages.
   *
   * @param messages the messages received, not null, no null element
   * @return the rate, undefined when there is no message, never null
   * @throws NullPointerException if the collection or an element is null
   */
  public static Ratio responseRate(Collection<Message> messages) {
    Objects.requireNonNull(messages, "messages must not be null");
    long answered = 0;
    long received = 0;
    for (Message message : messages) {
      long at = received;
      Objects.requireNonNull(message, () -> "messages[" + at + "] must not be null");
      received++;
      if (message.isAnswered()) {
        answered++;
      }
    }
    return Ratio.of(answered, received);
  }

  /**
   * Response rate from counts: answered messages / received messages.
   *
   * @param answered the messages answered, zero or more, at most {@code received}
   * @param received the messages received, zero or more
   * @return the rate, undefined when {@code received} is 0, never null
   * @throws IllegalArgumentException if a count is negative or {@code answered} exceeds {@code
   *     received}
   */
  public static Ratio responseRate(long answered, long received) {
    Checks.count(answered, "answered");
    Checks.count(received, "received");
    if (answered > received) {
      throw new IllegalArgumentException(
          "answered must be at most received (" + received + "), but was " + answered);
    }
    return Ratio.of(answered, received);
  }
}
