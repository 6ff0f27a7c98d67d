package dev.northstar.jackson.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.jackson.NorthstarModule;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module is found by ServiceLoader, and needs the formulas but not SMART. */
class NorthstarFormulasModuleTest {

  @Test
  void findAndRegisterModulesFindsItNextToTheCoreModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds())
        .contains(NorthstarFormulasModule.class.getName(), NorthstarModule.class.getName());
    assertThat(mapper.writeValueAsString(Ratio.of(1, 4)))
        .isEqualTo("{\"numerator\":1,\"denominator\":4,\"value\":0.25}");
  }

  @Test
  void descriptorRequiresTheFormulasAndNotSmart() throws Exception {
    Path classes =
        Path.of(
            NorthstarFormulasModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor =
        ModuleFinder.of(classes).find("dev.northstar.jackson.formulas").orElseThrow().descriptor();

    assertThat(descriptor.requires().stream().map(Requires::name).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "java.base",
            "com.fasterxml.jackson.databind",
            "dev.northstar.jackson",
            "dev.northstar.formulas",
            "org.jspecify");
    // Only the module class is API, and it is a databind SimpleModule.
    assertThat(
            descriptor.requires().stream()
                .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
                .map(Requires::name))
        .containsExactly("com.fasterxml.jackson.databind");
  }
}
