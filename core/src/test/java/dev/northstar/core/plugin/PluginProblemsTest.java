package dev.northstar.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

class PluginProblemsTest {

  private static final String SERVICE = "dev.northstar.core.metric.spi.MetricDefinitionProvider";

  @Test
  void theProviderIsReadFromEachKindOfServiceLoaderMessage() {
    IllegalStateException cause = new IllegalStateException("no licence key");
    List<String> messages =
        List.of(
            SERVICE + ": Provider com.acme.Missing not found",
            SERVICE + ": Provider com.acme.X not a subtype",
            SERVICE + ": Provider com.acme.X could not be instantiated",
            SERVICE + ": com.acme.X Unable to get public no-arg constructor");
    List<String> providers =
        messages.stream()
            .map(
                m -> ServiceProviders.problemOf(new ServiceConfigurationError(m, cause)).provider())
            .toList();

    assertThat(providers)
        .containsExactly("com.acme.Missing", "com.acme.X", "com.acme.X", "com.acme.X");
    PluginProblem p =
        ServiceProviders.problemOf(new ServiceConfigurationError(messages.get(2), cause));
    assertThat(p.message())
        .contains("could not be instantiated")
        .endsWith("java.lang.IllegalStateException: no licence key");
    assertThat(p.cause()).containsInstanceOf(ServiceConfigurationError.class);
    assertThat(p).hasToString(p.provider() + ": " + p.message());
  }

  @Test
  void aMessageWithoutAProviderStillGivesAProblem() {
    PluginProblem p = ServiceProviders.problemOf(new ServiceConfigurationError("  "));
    assertThat(p.provider()).isEqualTo("an unnamed provider");
    assertThat(p.message()).isEqualTo("ServiceLoader failed without a message");
    assertThat(ServiceProviders.problemOf(new ServiceConfigurationError(null)).message())
        .isEqualTo("ServiceLoader failed without a message");
    assertThat(
            ServiceProviders.problemOf(new ServiceConfigurationError("x".repeat(5000))).message())
        .hasSize(2000)
        .endsWith("...");
  }

  @Test
  void aProblemNeedsAProviderAndAMessage() {
    assertThatThrownBy(() -> PluginProblem.of(" ", "failed", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provider");
    assertThatThrownBy(() -> PluginProblem.of("com.acme.X", "", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("message");
    assertThat(PluginProblem.of("com.acme.X", "failed", null).cause()).isEmpty();
  }

  @Test
  void theExceptionListsEveryProblemWithItsCauses() {
    RuntimeException first = new RuntimeException("one");
    RuntimeException second = new RuntimeException("two");
    PluginLoadException e =
        new PluginLoadException(
            "metric definition providers",
            List.of(
                PluginProblem.of("com.acme.A", "broke", first),
                PluginProblem.of("com.acme.B", "broke too", second)));

    assertThat(e)
        .hasMessage(
            """
            cannot load metric definition providers: 2 broken plugins
              com.acme.A: broke
              com.acme.B: broke too""")
        .hasCause(first);
    assertThat(e.getSuppressed()).containsExactly(second);
    assertThat(e.problems())
        .extracting(PluginProblem::provider)
        .containsExactly("com.acme.A", "com.acme.B");
    assertThatThrownBy(() -> new PluginLoadException("x", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMessageOfExactly2000CharactersIsKeptWhole() {
    String prefix = SERVICE + ": Provider com.acme.X could not be instantiated ";
    String message = prefix + "x".repeat(2000 - prefix.length());
    String longer = message + "y";

    assertThat(ServiceProviders.problemOf(new ServiceConfigurationError(message)).message())
        .isEqualTo(message);
    assertThat(ServiceProviders.problemOf(new ServiceConfigurationError(longer)).message())
        .isEqualTo(message.substring(0, 1997) + "...");
  }

  @Test
  void problemsAreEqualWhenProviderMessageAndCauseAre() {
    IllegalStateException cause = new IllegalStateException("no licence key");
    PluginProblem p = PluginProblem.of("com.acme.X", "failed", cause);

    assertThat(p)
        .isEqualTo(PluginProblem.of("com.acme.X", "failed", cause))
        .hasSameHashCodeAs(PluginProblem.of("com.acme.X", "failed", cause))
        .isNotEqualTo(PluginProblem.of("com.acme.Y", "failed", cause))
        .isNotEqualTo(PluginProblem.of("com.acme.X", "failed again", cause))
        .isNotEqualTo(PluginProblem.of("com.acme.X", "failed", null))
        .isNotEqualTo(PluginProblem.of("com.acme.X", "failed", new IllegalStateException("other")))
        .isNotEqualTo("com.acme.X: failed")
        .isNotEqualTo(null);
    assertThat(PluginProblem.of("com.acme.X", "failed", null))
        .isEqualTo(PluginProblem.of("com.acme.X", "failed", null))
        .hasSameHashCodeAs(PluginProblem.of("com.acme.X", "failed", null))
        .isNotEqualTo(p);
    assertThat(p.cause()).containsSame(cause);
  }
}
