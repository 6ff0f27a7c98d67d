package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * CSV of metric tables needs the formulas and Jackson's CSV format, not goal JSON, SMART or
 * progress.
 */
class CsvModuleGraphTest {

  @Test
  void descriptorRequiresTheFormulasAndJacksonCsvOnly() throws Exception {
    Path classes =
        Path.of(MetricCsv.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor =
        ModuleFinder.of(classes).find("dev.northstar.jackson.csv").orElseThrow().descriptor();

    assertThat(descriptor.requires().stream().map(Requires::name).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "java.base",
            "dev.northstar.core",
            "dev.northstar.formulas",
            "com.fasterxml.jackson.databind",
            "com.fasterxml.jackson.dataformat.csv",
            "org.jspecify");
    // The API reads and writes tables of the formulas, keyed by core metric ids; Jackson stays
    // inside.
    assertThat(
            descriptor.requires().stream()
                .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
                .map(Requires::name)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("dev.northstar.core", "dev.northstar.formulas");
  }
}
