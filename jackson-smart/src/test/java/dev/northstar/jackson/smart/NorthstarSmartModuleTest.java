package dev.northstar.jackson.smart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.jackson.NorthstarModule;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module is found by ServiceLoader, and needs SMART but not the formulas. */
class NorthstarSmartModuleTest {

  @Test
  void findAndRegisterModulesFindsItNextToTheCoreModule() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds())
        .contains(NorthstarSmartModule.class.getName(), NorthstarModule.class.getName());
  }

  @Test
  void descriptorRequiresSmartAndNotTheFormulas() throws Exception {
    Path classes =
        Path.of(
            NorthstarSmartModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor =
        ModuleFinder.of(classes).find("dev.northstar.jackson.smart").orElseThrow().descriptor();

    assertThat(descriptor.requires().stream().map(Requires::name).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "java.base",
            "com.fasterxml.jackson.databind",
            "dev.northstar.jackson",
            "dev.northstar.smart",
            "org.jspecify");
    assertThat(
            descriptor.requires().stream()
                .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
                .map(Requires::name))
        .containsExactly("com.fasterxml.jackson.databind");
  }
}
