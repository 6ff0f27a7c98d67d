package dev.northstar.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read and write failures say why, not only which path. */
class IoFailuresTest {

  @TempDir Path dir;

  @Test
  void permissionDeniedSaysSo() {
    Path file = Path.of("/data/m.csv");
    assertThat(IoFailures.why(new AccessDeniedException("/data/m.csv"), file))
        .isEqualTo("permission denied (the user running northstar may not read or write it)");
  }

  @Test
  void aFailureAtAnotherPathNamesThatPathAndTheReason() {
    Path target = Path.of("/out/report.html");
    assertThat(
            IoFailures.why(
                new FileSystemException(
                    "/out/.report.html123.tmp", null, "No space left on device"),
                target))
        .isEqualTo("No space left on device (at /out/.report.html123.tmp)");
    assertThat(IoFailures.why(new NoSuchFileException("/out"), target))
        .isEqualTo("no such file or folder (at /out)");
    assertThat(IoFailures.why(new NoSuchFileException("/out/report.html"), target))
        .isEqualTo("no such file or folder");
    assertThat(IoFailures.why(new IOException("disk on fire"), target))
        .isEqualTo("IOException: disk on fire");
    assertThat(IoFailures.why(new IOException(), target)).isEqualTo("IOException");
    assertThat(IoFailures.why(new FileSystemException("/out/report.html"), target))
        .isEqualTo("FileSystemException: /out/report.html");
  }

  @Test
  void aFailedWriteNamesItsTargetAndTheCause() throws IOException {
    Path folder = dir.resolve("missing-folder");
    Path target = folder.resolve("report.html");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write("x")))
        .isInstanceOf(InputException.class)
        .hasMessage(target + ": cannot write: folder " + folder + " does not exist");
    Path isAFolder = Files.createDirectories(dir.resolve("a-folder")).resolve("x");
    Files.createDirectories(isAFolder);
    Files.writeString(isAFolder.resolve("inside"), "keeps the folder from being replaced");
    assertThatThrownBy(() -> AtomicFiles.write(isAFolder, out -> out.write("x")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(isAFolder + ": cannot write: ")
        .hasMessageContaining("cannot write: Is a directory");
  }
}
