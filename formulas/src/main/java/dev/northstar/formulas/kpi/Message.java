package dev.northstar.formulas.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer message as customer service sees it: when it was received and, if it was answered,
 * when the first reply was sent.
 *
 * <pre>{@code
 * Message m = Message.answered(Instant.parse("2026-03-02T09:00:00Z"),
 *                              Instant.parse("2026-03-02T09:45:00Z"));
 * m.firstResponseTime();   // Optional[PT45M]
 * Message.unanswered(Instant.parse("2026-03-02T10:00:00Z")).isAnswered();   // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Message {

  private final Instant receivedAt;
  private final @Nullable Instant firstReplyAt;

  private Message(Instant receivedAt, @Nullable Instant firstReplyAt) {
    this.receivedAt = receivedAt;
    this.firstReplyAt = firstReplyAt;
  }

  /**
   * Obtains a message that has not been answered (yet).
   *
   * @param receivedAt when the message was received, not null
   * @return the message, never null
   * @throws NullPointerException if {@code receivedAt} is null
   */
  public static Message unanswered(Instant receivedAt) {
    return new Message(Objects.requireNonNull(receivedAt, "receivedAt must not be null"), null);
  }

  /**
   * Obtains a message that was answered.
   *
   * @param receivedAt when the message was received, not null
   * @param firstReplyAt when the first reply was sent, not null, not before {@code receivedAt}
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reply is before the message
   */
  public static Message answered(Instant receivedAt, Instant firstReplyAt) {
    Objects.requireNonNull(receivedAt, "receivedAt must not be null");
    Objects.requireNonNull(firstReplyAt, "firstReplyAt must not be null");
    if (firstReplyAt.isBefore(receivedAt)) {
      throw new IllegalArgumentException(
          "firstReplyAt must not be before receivedAt " + receivedAt + ", but was " + firstReplyAt);
    }
    return new Message(receivedAt, firstReplyAt);
  }

  /**
   * Obtains a message, answered or not.
   *
   * @param receivedAt when the message was received, not null
   * @param firstReplyAt when the first reply was sent, or null if unanswered; not before {@code
   *     receivedAt}
   * @return the message, never null
   * @throws NullPointerException if {@code receivedAt} is null
   * @throws IllegalArgumentException if the reply is before the message
   */
  public static Message of(Instant receivedAt, @Nullable Instant firstReplyAt) {
    return firstReplyAt == null ? unanswered(receivedAt) : answered(receivedAt, firstReplyAt);
  }

  /**
   * Returns when the message was received.
   *
   * @return the instant, never null
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * Returns when the first reply was sent.
   *
   * @return the instant, or empty if unanswered
   */
  public Optional<Instant> firstReplyAt() {
    return Optional.ofNullable(firstReplyAt);
  }

  /**
   * Tells whether the message was answered.
   *
   * @return true if there is a first reply
   */
  public boolean isAnswered() {
    return firstReplyAt != null;
  }

  /**
   * Returns the time from receipt to the first reply.
   *
   * @return the duration, zero or more, or empty if unanswered
   */
  public Optional<Duration> firstResponseTime() {
    Instant reply = firstReplyAt;
    return reply == null ? Optional.empty() : Optional.of(Duration.between(receivedAt, reply));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Message other
        && receivedAt.equals(other.receivedAt)
        && Objects.equals(firstReplyAt, other.firstReplyAt);
  }

  @Override
  public int hashCode() {
    return 31 * receivedAt.hashCode() + Objects.hashCode(firstReplyAt);
  }

  /**
   * Returns a summary such as {@code Message[received 2026-03-02T09:00:00Z, replied
   * 2026-03-02T09:45:00Z]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Message[received "
        + receivedAt
        + (firstReplyAt == null ? ", unanswered]" : ", replied " + firstReplyAt + "]");
  }
}
