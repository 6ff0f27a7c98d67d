package dev.northstar.core.plugin;

import dev.northstar.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why one plugin (a service provider) was not loaded: the provider it concerns, what went wrong,
 * and the exception behind it if there is one.
 *
 * <pre>{@code
 * registry.problems().forEach(p -> log.warn(p.toString()));
 * // com.acme.AcmeMetrics: could not be instantiated: java.lang.IllegalStateException: no config
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (its cause is kept as given and not copied).
 */
public final class PluginProblem {

  private final String provider;
  private final String message;
  private final @Nullable Throwable cause;

  private PluginProblem(String provider, String message, @Nullable Throwable cause) {
    this.provider = provider;
    this.message = message;
    this.cause = cause;
  }

  /**
   * Obtains a problem.
   *
   * @param provider the provider's class name (or its declared name if it was instantiated), not
   *     blank, at most 500 characters
   * @param message what went wrong, not blank, at most 2,000 characters
   * @param cause the exception or error behind it, or null if there is none
   * @return the problem, never null
   * @throws NullPointerException if {@code provider} or {@code message} is null
   * @throws IllegalArgumentException if {@code provider} or {@code message} is blank or too long
   */
  public static PluginProblem of(String provider, String message, @Nullable Throwable cause) {
    return new PluginProblem(
        Checks.text(provider, "provider", 500), Checks.text(message, "message", 2000), cause);
  }

  /**
   * Returns the provider the problem concerns: its class name, such as {@code
   * com.acme.AcmeMetrics}, or the name it declares once it was instantiated.
   *
   * @return the provider, never blank
   */
  public String provider() {
    return provider;
  }

  /**
   * Returns what went wrong, without the provider's name.
   *
   * @return the message, never blank
   */
  public String message() {
    return message;
  }

  /**
   * Returns the exception or error behind the problem.
   *
   * @return the cause, or empty if there is none (such as a duplicate id found by comparison)
   */
  public Optional<Throwable> cause() {
    return Optional.ofNullable(cause);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PluginProblem other
        && provider.equals(other.provider)
        && message.equals(other.message)
        && Objects.equals(cause, other.cause);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, message, cause);
  }

  /**
   * Returns {@code provider: message}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return provider + ": " + message;
  }
}
