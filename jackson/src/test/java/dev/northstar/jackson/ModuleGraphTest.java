package dev.northstar.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.northstar.core.goal.Goal;
import dev.northstar.testkit.seed.SeedGoals;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Goal JSON needs only the core and jackson-databind: the module's descriptor requires neither the
 * formulas, SMART nor progress modules, and it resolves with nothing but the core and Jackson's own
 * jars at hand.
 */
class ModuleGraphTest {

  private static final String MODULE = "dev.northstar.jackson";

  @Test
  void descriptorRequiresTheCoreAndDatabindOnly() throws Exception {
    ModuleDescriptor descriptor = descriptor();

    assertThat(names(descriptor.requires()))
        .containsExactlyInAnyOrder(
            "java.base", "dev.northstar.core", "com.fasterxml.jackson.databind", "org.jspecify");
    Set<Requires> transitive =
        descriptor.requires().stream()
            .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
            .collect(Collectors.toSet());
    // The API returns goals (NorthstarJson.readGoals) and is a databind Module and JsonMapper.
    assertThat(names(transitive))
        .containsExactlyInAnyOrder("dev.northstar.core", "com.fasterxml.jackson.databind");
  }

  @Test
  void internalsAreExportedToTheOtherJacksonModulesAlone() throws Exception {
    ModuleDescriptor.Exports internal =
        descriptor().exports().stream()
            .filter(e -> e.source().equals("dev.northstar.jackson.internal"))
            .findFirst()
            .orElseThrow();

    assertThat(internal.targets())
        .containsExactlyInAnyOrder("dev.northstar.jackson.formulas", "dev.northstar.jackson.smart");
  }

  @Test
  void resolvesWithTheCoreAndJacksonJarsAlone() throws Exception {
    ModuleFinder jars =
        ModuleFinder.of(
            location(NorthstarJson.class),
            testPathEntry("dev.northstar.core"),
            testPathEntry("com.fasterxml.jackson.databind"),
            testPathEntry("com.fasterxml.jackson.core"),
            testPathEntry("com.fasterxml.jackson.annotation"));

    // Throws FindException if a required module (formulas, smart...) is not among the jars.
    Configuration graph =
        Configuration.empty().resolve(jars, ModuleFinder.ofSystem(), Set.of(MODULE));

    Set<String> northstar =
        graph.modules().stream()
            .map(ResolvedModule::name)
            .filter(name -> name.startsWith("dev.northstar"))
            .collect(Collectors.toSet());
    assertThat(northstar).containsExactlyInAnyOrder(MODULE, "dev.northstar.core");
  }

  @Test
  void theMapperStillRoundTripsGoals() throws Exception {
    JsonMapper mapper = NorthstarJson.mapper();
    List<Goal> goals =
        List.of(SeedGoals.millionInstagramFollowers(), SeedGoals.doubleLinkedInFollowers());

    for (Goal goal : goals) {
      assertThat(mapper.readValue(mapper.writeValueAsString(goal), Goal.class)).isEqualTo(goal);
    }
  }

  private static ModuleDescriptor descriptor() throws URISyntaxException {
    ModuleReference module =
        ModuleFinder.of(location(NorthstarJson.class)).find(MODULE).orElseThrow();
    return module.descriptor();
  }

  private static Set<String> names(Set<Requires> requires) {
    return requires.stream().map(Requires::name).collect(Collectors.toSet());
  }

  /** The jar or directory of a module of the test run's module path. */
  private static Path testPathEntry(String module) {
    ResolvedModule resolved =
        ModuleLayer.boot()
            .configuration()
            .findModule(module)
            .orElseThrow(() -> new AssertionError(module + " is not on the test's module path"));
    return Path.of(resolved.reference().location().orElseThrow());
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
