package dev.northstar.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.northstar.core.plugin.ServiceProviders;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The registration check of the provider contracts: {@link ServiceLoader} finds the provider. */
public final class ServiceRegistration {
  private ServiceRegistration() {}

  /**
   * Asserts that {@link ServiceLoader} finds a provider of a service, as a user's loading would.
   *
   * @param <S> the service type
   * @param service the service interface, not null; this module declares that it uses it
   * @param provider the provider under test, not null
   */
  public static <S> void assertFound(Class<S> service, Object provider) {
    String type = provider.getClass().getName();
    ServiceProviders.Found<S> loaded = ServiceProviders.find(ServiceLoader.load(service));
    List<String> found = new ArrayList<>();
    loaded.providers().forEach(p -> found.add(p.getClass().getName()));
    loaded.problems().forEach(p -> found.add("broken: " + p));
    assertTrue(
        found.contains(type),
        () ->
            "ServiceLoader does not find "
                + type
                + " (it found "
                + found
                + "); register it in META-INF/services/"
                + service.getName()
                + " (class path) and with `provides "
                + service.getName()
                + " with "
                + type
                + ";` in module-info.java (module path)");
  }
}
