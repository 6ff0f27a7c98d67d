package dev.northstar.smart;

import dev.northstar.smart.internal.Args;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rule found about a goal: a severity, the criterion, the rule's id, a plain-English message
 * with the numbers behind it, and a concrete suggestion (optional for {@link Severity#INFO}).
 *
 * <pre>{@code
 * Finding f = Finding.of(Severity.ERROR, Criterion.ACHIEVABLE, "achievable.growth",
 *     "needs 12.2% a month; the best month of the last 6 was 3.4%",
 *     "lower the target to 26,000 or move the deadline to 2027-03-31");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {

  private static final int MAX_TEXT = 2000;

  private final Severity severity;
  private final Criterion criterion;
  private final String ruleId;
  private final String message;
  private final @Nullable String suggestion;

  private Finding(
      Severity severity,
      Criterion criterion,
      String ruleId,
      String message,
      @Nullable String suggestion) {
    this.severity = severity;
    this.criterion = criterion;
    this.ruleId = ruleId;
    this.message = message;
    this.suggestion = suggestion;
  }

  /**
   * Obtains a finding.
   *
   * @param severity the severity, not null
   * @param criterion the criterion judged, not null
   * @param ruleId the id of the rule that found it, in the form of {@link Rule#id()}
   * @param message what was found, with its numbers; not blank, at most 2,000 characters
   * @param suggestion what to change, not blank, at most 2,000 characters; null only for {@link
   *     Severity#INFO}
   * @return the finding, never null
   * @throws NullPointerException if an argument other than {@code suggestion} is null
   * @throws IllegalArgumentException if a text is blank or too long, the rule id is malformed, or a
   *     warning or error has no suggestion
   */
  public static Finding of(
      Severity severity,
      Criterion criterion,
      String ruleId,
      String message,
      @Nullable String suggestion) {
    Args.notNull(severity, "severity");
    Args.notNull(criterion, "criterion");
    Args.ruleId(ruleId);
    Args.text(message, "message", MAX_TEXT);
    if (suggestion != null) {
      Args.text(suggestion, "suggestion", MAX_TEXT);
    } else if (severity != Severity.INFO) {
      throw new IllegalArgumentException(
          "suggestion must be given for a " + severity + " finding of rule " + ruleId);
    }
    return new Finding(severity, criterion, ruleId, message, suggestion);
  }

  /**
   * Obtains an error of a rule.
   *
   * @param rule the rule, not null; gives the id and criterion
   * @param message what was found, with its numbers; not blank
   * @param suggestion what to change, not blank
   * @return the finding, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or too long
   */
  public static Finding error(Rule rule, String message, String suggestion) {
    Args.notNull(rule, "rule");
    return of(Severity.ERROR, rule.criterion(), rule.id(), message, notNullText(suggestion));
  }

  /**
   * Obtains a warning of a rule.
   *
   * @param rule the rule, not null; gives the id and criterion
   * @param message what was found, with its numbers; not blank
   * @param suggestion what to change, not blank
   * @return the finding, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or too long
   */
  public static Finding warning(Rule rule, String message, String suggestion) {
    Args.notNull(rule, "rule");
    return of(Severity.WARNING, rule.criterion(), rule.id(), message, notNullText(suggestion));
  }

  /**
   * Obtains an information finding of a rule.
   *
   * @param rule the rule, not null; gives the id and criterion
   * @param message what was found, with its numbers; not blank
   * @return the finding, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank or too long
   */
  public static Finding info(Rule rule, String message) {
    Args.notNull(rule, "rule");
    return of(Severity.INFO, rule.criterion(), rule.id(), message, null);
  }

  private static String notNullText(String suggestion) {
    return Args.notNull(suggestion, "suggestion");
  }

  /**
   * Returns the severity.
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the criterion judged.
   *
   * @return the criterion, never null
   */
  public Criterion criterion() {
    return criterion;
  }

  /**
   * Returns the id of the rule that found it.
   *
   * @return the rule id, never null
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns what was found, in plain English with its numbers.
   *
   * @return the message, never null
   */
  public String message() {
    return message;
  }

  /**
   * Returns what to change.
   *
   * @return the suggestion; empty only for some {@link Severity#INFO} findings
   */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Finding f
        && severity == f.severity
        && criterion == f.criterion
        && ruleId.equals(f.ruleId)
        && message.equals(f.message)
        && Objects.equals(suggestion, f.suggestion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, criterion, ruleId, message, suggestion);
  }

  /**
   * Returns the finding on one line: {@code ERROR A achievable.growth: message -> suggestion}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String s = severity + " " + criterion.letter() + " " + ruleId + ": " + message;
    return suggestion == null ? s : s + " -> " + suggestion;
  }
}
