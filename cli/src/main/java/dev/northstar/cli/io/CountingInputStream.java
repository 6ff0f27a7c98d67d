package dev.northstar.cli.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that reports the bytes read so far to a progress bar. */
final class CountingInputStream extends FilterInputStream {
  private final ProgressBar bar;
  private long count;

  CountingInputStream(InputStream in, ProgressBar bar) {
    super(in);
    this.bar = bar;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void advance(long n) {
    count += n;
    bar.update(count);
  }
}
