package dev.northstar.core.plugin;

import dev.northstar.core.internal.Checks;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instantiates every provider a {@link ServiceLoader} finds, and records a {@link PluginProblem}
 * naming the provider for each one that cannot be: a class named in {@code META-INF/services} that
 * does not exist, is not a subtype of the service, has no public no-argument constructor, or whose
 * constructor (or static {@code provider()} method) throws.
 *
 * <p>One broken provider does not hide the others: {@link ServiceLoader}'s iterator moves on to the
 * next provider after an error, and so does this class.
 *
 * <pre>{@code
 * ServiceProviders.Found<MetricDefinitionProvider> found =
 *     ServiceProviders.find(ServiceLoader.load(MetricDefinitionProvider.class));
 * found.providers();   // the ones that loaded
 * found.problems();    // the ones that did not, each naming its class
 * }</pre>
 */
public final class ServiceProviders {

  // A broken services file could make the iterator fail forever; stop after this many errors.
  private static final int MAX_ERRORS = 1000;

  // ServiceLoader's messages: "<service>: Provider <class> not found", "... could not be
  // instantiated", "... not a subtype", and on the module path "<service>: <class> Unable to get
  // public no-arg constructor".
  private static final Pattern PROVIDER_IN_MESSAGE =
      Pattern.compile("^[\\w.$]+: (?:Provider )?([\\p{L}_$][\\p{L}\\p{N}_$.]{0,400})(?: |$)");

  private ServiceProviders() {}

  /**
   * Instantiates every provider the loader finds, in its order.
   *
   * @param <S> the service type
   * @param loader the loader, not null
   * @return the providers that loaded and the problems of those that did not, never null
   * @throws NullPointerException if {@code loader} is null
   */
  public static <S> Found<S> find(ServiceLoader<S> loader) {
    Checks.notNull(loader, "loader");
    List<S> providers = new ArrayList<>();
    List<PluginProblem> problems = new ArrayList<>();
    Iterator<S> it = loader.iterator();
    while (problems.size() < MAX_ERRORS) {
      try {
        if (!it.hasNext()) {
          break;
        }
        providers.add(it.next());
      } catch (ServiceConfigurationError e) {
        problems.add(problemOf(e));
      }
    }
    return new Found<>(List.copyOf(providers), List.copyOf(problems));
  }

  /**
   * Turns a {@link ServiceConfigurationError} into a problem that names the provider's class when
   * the error's message does, and says what happened, with the underlying cause.
   *
   * @param error the error, not null
   * @return the problem, never null
   */
  static PluginProblem problemOf(ServiceConfigurationError error) {
    String given = error.getMessage();
    String message =
        given == null || given.isBlank() ? "ServiceLoader failed without a message" : given.strip();
    Matcher m = PROVIDER_IN_MESSAGE.matcher(message);
    String provider = m.find() ? m.group(1) : "an unnamed provider";
    Throwable cause = error.getCause();
    String what =
        cause == null
            ? message
            : message + ": " + cause.getClass().getName() + ": " + cause.getMessage();
    return PluginProblem.of(
        provider, what.length() <= 2000 ? what : what.substring(0, 1997) + "...", error);
  }

  /**
   * The outcome of {@link #find(ServiceLoader)}: the providers that loaded and the problems of
   * those that did not.
   *
   * @param <S> the service type
   * @param providers the instantiated providers, in the loader's order, unmodifiable
   * @param problems the problems, in the order they occurred, unmodifiable
   */
  public record Found<S>(List<S> providers, List<PluginProblem> problems) {

    /**
     * Creates the outcome.
     *
     * @param providers the instantiated providers, not null, no nulls
     * @param problems the problems, not null, no nulls
     * @throws NullPointerException if a list or an element is null
     */
    public Found {
      providers = List.copyOf(providers);
      problems = List.copyOf(problems);
    }
  }
}
