package io.github.geoclaims.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.OptionalLong;

/**
 * Counts the bytes read from a stream and, when standard error is a terminal and reading takes more than half a
 * second, shows how far it got on one line of standard error, which {@link #close()} erases. Once the stream ends,
 * the line says that the rules are being checked: a document is validated after its last byte is read, and a large
 * one takes a while.
 */
final class Progress extends FilterInputStream {

  private static final long DELAY_NANOS = 500_000_000L;
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final String label;
  private final OptionalLong size;
  private final long started = System.nanoTime();
  private long count;
  private long lastShown;
  private int shownWidth;
  private boolean checking;

  private Progress(InputStream in, PrintWriter err, String label, OptionalLong size) {
    super(in);
    this.err = err;
    this.label = label;
    this.size = size;
  }

  /** Returns {@code in}, wrapped to show progress when {@code interactive}. */
  static InputStream wrap(InputStream in, boolean interactive, PrintWriter err, String label, OptionalLong size) {
    return interactive ? new Progress(in, err, label, size) : in;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    } else {
      ended();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    } else if (n < 0) {
      ended();
    }
    return n;
  }

  /** Shows, once the input has ended after progress was shown, that the rules are being checked. */
  private void ended() {
    if (shownWidth > 0 && !checking) {
      checking = true;
      show(label + ": " + megabytes(count) + " read; checking the rules");
    }
  }

  private void advance(long n) {
    count += n;
    long now = System.nanoTime();
    if (now - started < DELAY_NANOS || now - lastShown < INTERVAL_NANOS) {
      return;
    }
    lastShown = now;
    show(label + ": " + megabytes(count)
        + (size.isPresent() && size.getAsLong() > 0
            ? " of " + megabytes(size.getAsLong()) + " (" + (100 * count / size.getAsLong()) + "%)"
            : " read"));
  }

  /** Replaces the line shown by {@code line}. */
  private void show(String line) {
    err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
    err.flush();
    shownWidth = Math.max(shownWidth, line.length());
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1_000_000.0);
  }

  @Override
  public void close() throws IOException {
    if (shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      err.flush();
    }
    super.close();
  }
}
