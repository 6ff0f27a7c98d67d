package dev.northstar.jackson.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails half-way (the disk fills, the content throws) leaves the target as it was and
 * no temporary file: what {@code MetricCsv.write(table, Path)} and {@code KpiCsv.write(table,
 * Path)} rely on.
 */
class AtomicFilesTest {

  @TempDir Path dir;

  private void assertOnly(Path file, String content) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(content);
  }

  @Test
  void anIoErrorHalfWayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("table.csv");
    Files.writeString(file, "old,complete\n");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("new,half".repeat(100_000));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertOnly(file, "old,complete\n");
  }

  @Test
  void aRuntimeErrorHalfWayLeavesNoFileWhereThereWasNone() throws IOException {
    Path file = dir.resolve("new.csv");
    Path other = dir.resolve("other.csv");
    Files.writeString(other, "kept");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("half");
                      throw new IllegalStateException("bug");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertOnly(other, "kept");
  }

  @Test
  void aCompleteWriteReplacesTheFile() throws IOException {
    Path file = dir.resolve("table.csv");
    Files.writeString(file, "old");

    AtomicFiles.write(file, out -> out.write("new\n"));

    assertOnly(file, "new\n");
  }
}
